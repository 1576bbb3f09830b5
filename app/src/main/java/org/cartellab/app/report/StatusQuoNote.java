package org.cartellab.app.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cartellab.app.i18n.Messages;
import org.cartellab.assessment.DecisionMatrix;
import org.cartellab.assessment.StatusQuoAdvantage;
import org.cartellab.i18n.Language;

/**
 * The sentence beside every view of the ranking (terminal compare, the HTML report, matrix.json, the web's compare)
 * saying that the status quo ranks high partly by construction, generated from the matrix by {@link StatusQuoAdvantage}
 * (absent when it does not apply), in either language.
 */
public final class StatusQuoNote {
    private StatusQuoNote() {}

    /** The sentence in the language of {@code t}, or empty. */
    public static Optional<String> of(DecisionMatrix m, Messages t) {
        return StatusQuoAdvantage.of(m).map(a -> t.get("compare.sq_note", a.rank(), a.courses(), Xml.num(a.score(), 3), Xml.num(a.legalScore(), 2),
                Xml.num(a.riskScore(), 2), Xml.num(a.fromLegalAndRisk(), 3)));
    }

    /** The sentence in every language by language code ({@code {"en": ..., "es": ...}}), or null when it does not apply. */
    public static Map<String, String> byLanguage(DecisionMatrix m) {
        if (StatusQuoAdvantage.of(m).isEmpty()) return null;
        Map<String, String> out = new LinkedHashMap<>();
        for (Language l : Language.values()) out.put(l.id(), of(m, Messages.of(l)).orElseThrow());
        return out;
    }

    /** The figures for matrix.json ({@code status_quo_advantage}), or null when the note does not apply. */
    public static Map<String, Object> json(DecisionMatrix m) {
        return StatusQuoAdvantage.of(m).map(a -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("coa", a.statusQuoId());
            e.put("rank", a.rank());
            e.put("score", a.score());
            e.put("legal_score", a.legalScore());
            e.put("risk_score", a.riskScore());
            e.put("score_from_legal_and_risk", a.fromLegalAndRisk());
            e.put("legal_and_risk_weight", a.legalAndRiskWeight());
            e.put("note", of(m, Messages.english()).orElseThrow());
            return e;
        }).orElse(null);
    }
}
