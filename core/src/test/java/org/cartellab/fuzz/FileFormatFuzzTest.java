package org.cartellab.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fast slice of the file-format fuzz (issue 10): {@value #TRIES} mutated files drawn over every format (course of
 * action, sources ledger, lever evidence, comparison defaults, knowledge-base index and entries, timeline, claims,
 * precedents, positions; about 40 each); each is read or refused with one clear message (see {@link FileFormats#check}).
 * The inputs are {@link FileFormats#inputs()}, the same as {@link FileFormatFuzzHeavyTest}'s, which runs more.
 */
class FileFormatFuzzTest {
    static final int TRIES = 400;

    @Provide Arbitrary<FileFormats.Input> files() { return FileFormats.inputs(); }

    @Property(tries = TRIES) void everyFormatIsReadOrRefusedClearly(@ForAll("files") FileFormats.Input in) { in.check(); }

    @AfterContainer
    static void report() { System.out.println(FileFormats.report()); }
}
