package org.cartellab.law;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The legal pathway of a course of action in one jurisdiction, computed by {@link PathwayAssessor}. Lists hold
 * knowledge-base ids (renderers look the entries up); {@code deciders} and {@code reasoning} are text.
 *
 * @param engaged       whether any entry of this jurisdiction bears on the course (if not, the assessment is clear
 *                      by default and the reasoning says so)
 * @param basis         claimed authorities and exceptions that apply, plus exceptions that apply on their own
 * @param unavailable   claimed entries whose conditions do not hold here (e.g. consent-based ones without consent)
 * @param prohibitions  prohibitions that apply to the conduct
 * @param needs         duties and conditions the basis needs before acting (findings, authorisations)
 * @param displaced     duties that apply but that an exception displaces, as "duty-id by exception-id"
 * @param deciders      who decides
 * @param notices       notice and report duties (who and when are in the entries)
 * @param exposure      liability exposure
 * @param openQuestions open questions the pathway depends on
 * @param reasons       one sentence per step of the rule that gave the assessment (provision ids as arguments)
 * @param counter       the strongest counter-argument to the assessment
 */
public record JurisdictionPathway(Jurisdiction jurisdiction, boolean engaged, List<String> basis, List<String> unavailable,
                                  List<String> prohibitions, List<String> needs, List<String> displaced, List<String> deciders,
                                  List<String> notices, List<String> exposure, List<String> openQuestions,
                                  Assessment assessment, List<org.cartellab.text.Phrase> reasons, String counter) {
    public JurisdictionPathway {
        basis = List.copyOf(basis);
        unavailable = List.copyOf(unavailable);
        prohibitions = List.copyOf(prohibitions);
        needs = List.copyOf(needs);
        displaced = List.copyOf(displaced);
        deciders = List.copyOf(deciders);
        notices = List.copyOf(notices);
        exposure = List.copyOf(exposure);
        openQuestions = List.copyOf(openQuestions);
        reasons = List.copyOf(reasons);
    }

    /** The reasoning in English, one line per step ({@link #reasons()} rendered). */
    public List<String> reasoning() { return reasons.stream().map(org.cartellab.text.Phrase::english).toList(); }

    /** Every knowledge-base id this pathway refers to. */
    public List<String> provisionIds() {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        ids.addAll(basis);
        ids.addAll(unavailable);
        ids.addAll(prohibitions);
        ids.addAll(needs);
        for (String d : displaced) ids.addAll(List.of(d.split(" by ")));
        ids.addAll(notices);
        ids.addAll(exposure);
        ids.addAll(openQuestions);
        return List.copyOf(ids);
    }
}
