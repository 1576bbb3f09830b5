package org.cartellab.app.law;

import java.util.List;
import org.cartellab.app.i18n.Messages;
import org.cartellab.i18n.Language;
import org.cartellab.law.JurisdictionPathway;
import org.cartellab.law.KnowledgeBase;
import org.cartellab.law.Provision;
import org.cartellab.law.Reason;
import org.cartellab.law.ShortCitation;
import org.cartellab.law.StatusPhrase;

/**
 * The words every renderer (terminal, HTML report, JSON) uses for knowledge-base entries inside sentences, in the
 * messages' language: an entry's readable name (its {@link ShortCitation}, never its id), its status phrase worded
 * for its instrument ({@link StatusPhrase}: a ruling is "decided", a treaty "in force since"), a pathway's reasoning
 * lines and its displaced duties.
 */
public final class LawWords {
    private LawWords() {}

    /** The readable name of entry {@code id}: its short citation, from the Spanish citation in Spanish where one exists. */
    public static String name(String id, KnowledgeBase kb, Messages t) {
        Provision p = kb.get(id);
        return ShortCitation.of(t.language() == Language.EN ? p : t.localizer().provision(p));
    }

    /** Names of several entries, joined with "; " (citations may contain commas). */
    public static String names(List<String> ids, KnowledgeBase kb, Messages t) {
        return String.join("; ", ids.stream().map(id -> name(id, kb, t)).toList());
    }

    /** The status phrase of {@code p} (an entry as loaded, not localized), with its review date when set. */
    public static String status(Provision p, Messages t) {
        if (t.language() == Language.EN) return StatusPhrase.english(p);
        var st = p.status();
        return t.get(StatusPhrase.key(p), t.date(st.date())) + (st.reviewBy() != null ? "; " + t.get("law.review_by", t.date(st.reviewBy())) : "");
    }

    /** The reasoning lines of {@code j}, entries named by their short citations. */
    public static List<String> reasoning(JurisdictionPathway j, KnowledgeBase kb, Messages t) {
        if (t.language() == Language.EN) return j.reasoning();
        return j.reasons().stream().map(r -> r.render(t.getOr(r.kind().key(), r.kind().english()), id -> name(id, kb, t))).toList();
    }

    /** The displaced duties, "duty (displaced by exception)", joined with "; ". */
    public static String displaced(JurisdictionPathway j, KnowledgeBase kb, Messages t) {
        return String.join("; ", j.displacedPairs().stream().map(d -> t.get("pathway.displaced_pair", name(d[0], kb, t), name(d[1], kb, t))).toList());
    }

}
