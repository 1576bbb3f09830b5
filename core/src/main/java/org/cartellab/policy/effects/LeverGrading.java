package org.cartellab.policy.effects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cartellab.policy.LeverEffect;

/**
 * How one course's lever rests on evidence, in two parts that can differ and that every surface shows together: the
 * <b>direction</b> of the lever kind's effect, graded by its evidence table (with the studies that give it), and the
 * <b>size</b> of this course's range, graded by the course's own evidence ({@code assumption: true} is a
 * {@link Grade#JUDGMENT}; a range with sources is {@link Grade#SOURCED}, or {@link Grade#ANALOGUE} where the lever's
 * table says sizes come by analogy). Example: strikes without consent raise incapacitation 0-10 %: the direction is
 * sourced (dell2015, osorio2015, prieto-curiel2023), the size is our judgment.
 *
 * @param direction        grade of the direction (from the lever's table; the course's own evidence where no table exists)
 * @param directionSources the studies the direction rests on (the table's distinct sources)
 * @param size             grade of this course's range
 * @param sizeSources      sources the course cites for its range (for a judgment: sources that only inform it)
 * @param sizeRationale    the course's one-line rationale for its range
 */
public record LeverGrading(Grade direction, List<String> directionSources, Grade size, List<String> sizeSources, String sizeRationale) {
    public LeverGrading {
        directionSources = List.copyOf(directionSources);
        sizeSources = List.copyOf(sizeSources);
    }

    /** The grading of {@code effect} against the lever tables (normally {@link LeverEvidenceTables#bundled()}). */
    public static LeverGrading of(LeverEffect effect, LeverEvidenceTables tables) {
        var ev = effect.evidence();
        Optional<LeverEvidenceTable> t = tables.find(effect.lever());
        Grade size = ev.assumption() ? Grade.JUDGMENT : t.isPresent() && t.get().size() == Grade.ANALOGUE ? Grade.ANALOGUE : Grade.SOURCED;
        if (t.isEmpty()) return new LeverGrading(ev.assumption() ? Grade.JUDGMENT : Grade.SOURCED, ev.sources(), size, ev.sources(), ev.rationale());
        List<String> dirSources = t.get().direction() == Grade.JUDGMENT ? List.of()
                : t.get().studies().stream().filter(s -> s.direction() != Grade.JUDGMENT).map(EffectStudy::source).distinct().toList();
        return new LeverGrading(t.get().direction(), dirSources, size, ev.sources(), ev.rationale());
    }

    /** The grading as JSON-ready fields (ids as in the lever tables: sourced, analogue, judgment), for every writer of JSON. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("direction", direction.id());
        m.put("direction_sources", directionSources);
        m.put("size", size.id());
        m.put("size_sources", sizeSources);
        return m;
    }
}
