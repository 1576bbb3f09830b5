package org.cartellab.app.cli;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/** Heavy profile of the CLI file fuzz (issue 10): 8,000 runs over the reading verbs (about 2,000 each) and 200 writing comparisons. */
@Tag("slow")
class CliFileFuzzHeavyTest {
    @Provide Arbitrary<CliFileInput.Input> reads() { return CliFileInput.reads(); }
    @Provide Arbitrary<String> catalogs() { return CliFileInput.catalogs(); }

    @Property(tries = 8_000) void readingVerbs(@ForAll("reads") CliFileInput.Input in) { in.check(); }
    @Property(tries = 200) void compareWritesAllOrNothing(@ForAll("catalogs") String t) { CliFileInput.compare(t); }

    @AfterContainer
    static void report() { System.out.println(CliFileFuzz.report()); }
}
