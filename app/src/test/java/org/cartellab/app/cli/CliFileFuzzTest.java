package org.cartellab.app.cli;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fast slice of the CLI file fuzz (issue 10): see {@link CliFileFuzz}; inputs from {@link CliFileInput}, the same as
 * {@link CliFileFuzzHeavyTest}'s, which runs more.
 */
class CliFileFuzzTest {
    @Provide Arbitrary<CliFileInput.Input> reads() { return CliFileInput.reads(); }
    @Provide Arbitrary<String> catalogs() { return CliFileInput.catalogs(); }

    @Property(tries = 60) void readingVerbs(@ForAll("reads") CliFileInput.Input in) { in.check(); }
    @Property(tries = 4) void compareWritesAllOrNothing(@ForAll("catalogs") String t) { CliFileInput.compare(t); }

    @AfterContainer
    static void report() { System.out.println(CliFileFuzz.report()); }
}
