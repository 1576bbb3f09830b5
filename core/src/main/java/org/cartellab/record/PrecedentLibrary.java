package org.cartellab.record;

import java.time.LocalDate;
import java.util.List;

/**
 * The precedent library, in file order.
 *
 * @param asOf       the review date of the file
 * @param precedents the precedents
 */
public record PrecedentLibrary(LocalDate asOf, List<Precedent> precedents) {
    public PrecedentLibrary {
        precedents = List.copyOf(precedents);
    }

    /** The precedents linked to this course (all when {@code course} is null). */
    public List<Precedent> forCourse(String course) {
        return precedents.stream().filter(p -> course == null || p.courses().contains(course)).toList();
    }
}
