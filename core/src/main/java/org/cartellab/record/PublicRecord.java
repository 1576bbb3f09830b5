package org.cartellab.record;

import java.util.Set;

/**
 * The four record collections together, as bundled with core, plus the course ids that are announced but not yet in
 * the catalog (links to them are allowed and shown as pending).
 */
public record PublicRecord(Timeline timeline, PrecedentLibrary precedents, StatedPositions positions, ClaimRegister claims,
                           Set<String> pendingCourses) {
    public PublicRecord {
        pendingCourses = Set.copyOf(pendingCourses);
    }

    /** The record bundled with core, read and validated once. */
    public static PublicRecord bundled() { return RecordLoader.bundled(); }

    /** True when this course id is linked but not yet in the course-of-action catalog. */
    public boolean isPending(String course) { return pendingCourses.contains(course); }
}
