package org.cartellab.briefing;

import java.util.List;

/**
 * The bottom line of a comparison, as facts to render: one {@link CourseBriefing} per course compared (the status quo
 * is the reference, never briefed), the model's known misses and the "as of" dates.
 *
 * @param kind         a single course, a combination or a comparison of several
 * @param horizonYears the horizon the changes are reported at (the decision matrix's)
 * @param courses      the courses, in decision-matrix rank order for a comparison
 * @param knownMisses  what the model is known to get wrong
 * @param asOf         the dates it rests on
 * @param ensembleMembers members of the comparison ensemble behind the bands and agreement (0: lever sweep only)
 */
public record Briefing(Kind kind, int horizonYears, List<CourseBriefing> courses, List<KnownMiss> knownMisses, AsOf asOf, int ensembleMembers) {
    public Briefing {
        courses = List.copyOf(courses);
        knownMisses = List.copyOf(knownMisses);
    }

    /** What is briefed. */
    public enum Kind { COURSE, COMBINATION, COMPARISON }
}
