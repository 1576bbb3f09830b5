package org.cartellab.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Heavy profile of the file-format fuzz (issue 10): {@value #TRIES} mutated files over every format, about 8,000 each;
 * the same inputs as {@link FileFormatFuzzTest} ({@link FileFormats#inputs()}), more tries.
 */
@Tag("slow")
class FileFormatFuzzHeavyTest {
    static final int TRIES = 80_000;

    @Provide Arbitrary<FileFormats.Input> files() { return FileFormats.inputs(); }

    @Property(tries = TRIES) void everyFormatIsReadOrRefusedClearly(@ForAll("files") FileFormats.Input in) { in.check(); }

    @AfterContainer
    static void report() { System.out.println(FileFormats.report()); }
}
