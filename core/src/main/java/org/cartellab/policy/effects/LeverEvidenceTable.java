package org.cartellab.policy.effects;

import java.util.List;
import org.cartellab.policy.Lever;
import org.cartellab.policy.Range;

/**
 * The evidence table of one lever kind: its studies, the general rule from their numbers to the lever's values, the
 * grades of the direction and the size of the ranges the catalog uses, and the catalog ranges re-centred on the studies
 * (old and new, with the rule for each).
 */
public record LeverEvidenceTable(Lever lever, String summary, Grade direction, Grade size, String transfer,
                                 List<EffectStudy> studies, List<Recentred> ranges) {
    public LeverEvidenceTable {
        studies = List.copyOf(studies);
        ranges = List.copyOf(ranges);
    }

    /** A catalog range this table sets: the course, the range before and after re-centring, and the rule. */
    public record Recentred(String course, Range before, Range after, String rule) {}
}
