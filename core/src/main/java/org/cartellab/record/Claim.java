package org.cartellab.record;

import java.util.List;

/**
 * One checked claim.
 *
 * @param id      unique id, e.g. {@code c-004-300k-deaths}
 * @param claim   our paraphrase of what was claimed
 * @param seeds   seed-article file ids ("000".."004") that make the claim; may be empty when {@code madeBy} is given
 * @param madeBy  who else made it, or empty
 * @param status  what checking found
 * @param correct the right figure or wording where known, or empty
 * @param figures numbers with their basis
 * @param courses ids of the courses of action the claim bears on
 * @param note    what could not be checked, or empty
 * @param sources dated sources used to check it (none only for unverified claims)
 */
public record Claim(String id, String claim, List<String> seeds, String madeBy, ClaimStatus status, String correct,
                    List<ClaimFigure> figures, List<String> courses, String note, List<RecordSource> sources) {
    public Claim {
        seeds = List.copyOf(seeds);
        figures = List.copyOf(figures);
        courses = List.copyOf(courses);
        sources = List.copyOf(sources);
        madeBy = madeBy == null ? "" : madeBy;
        correct = correct == null ? "" : correct;
        note = note == null ? "" : note;
        if (status != ClaimStatus.UNVERIFIED && sources.isEmpty()) {
            throw new IllegalArgumentException("claim " + id + " is " + status.id() + " and needs a dated source");
        }
    }
}
