package org.cartellab.record;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Both governments' stated positions, in date order.
 *
 * @param asOf      the review date of the file
 * @param positions the positions
 */
public record StatedPositions(LocalDate asOf, List<Position> positions) {
    public StatedPositions {
        positions = positions.stream().sorted(Comparator.comparing(Position::date).thenComparing(Position::id)).toList();
    }

    /** The positions on this course (all when {@code course} is null), in date order. */
    public List<Position> forCourse(String course) {
        return positions.stream().filter(p -> course == null || p.course().equals(course)).toList();
    }
}
