package org.cartellab.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.TreeSet;
import org.cartellab.policy.Catalog;
import org.cartellab.record.PublicRecord;
import org.cartellab.record.RecordLoader;

/** Reading a user-supplied record file and the shared filter values of the record verbs (bad values: exit 2). */
final class RecordFiles {
    private RecordFiles() {}

    /** The text of a user file; a missing file is bad input. */
    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static String sourceName(Path file) { return file.toString(); }

    /** A day YYYY-MM-DD for --since. */
    static LocalDate day(String option, String value) {
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + " " + value + ": expected a day as YYYY-MM-DD");
        }
    }

    /** A course id the record knows (catalog or pending). */
    static String course(String value) {
        if (value == null) return null;
        if (!RecordLoader.bundledContext().knowsCourse(value)) {
            throw new BadInputException("--course: " + org.cartellab.app.i18n.UnknownCourse.message(value, Catalog.bundled().ids())
                    + (PublicRecord.bundled().pendingCourses().isEmpty() ? "" : " (also accepted, not yet in the catalog: "
                    + String.join(", ", new TreeSet<>(PublicRecord.bundled().pendingCourses())) + ")"));
        }
        return value;
    }

    /** The course id with "(pending)" when it is not yet in the catalog. */
    static String courseLabel(String id) {
        return PublicRecord.bundled().isPending(id) ? id + " (pending)" : id;
    }
}
