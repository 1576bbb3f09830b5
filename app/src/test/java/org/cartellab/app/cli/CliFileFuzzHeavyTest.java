package org.cartellab.app.cli;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/** Heavy profile of the CLI file fuzz (issue 10): 2,000 runs per reading verb and 200 writing comparisons. */
@Tag("slow")
class CliFileFuzzHeavyTest {
    private final CliFileFuzzTest generators = new CliFileFuzzTest();

    @Provide Arbitrary<String> coa() { return generators.coa(); }
    @Provide Arbitrary<String> law() { return generators.law(); }
    @Provide Arbitrary<String> timeline() { return generators.timeline(); }
    @Provide Arbitrary<String> claims() { return generators.claims(); }

    @Property(tries = 2_000) void courseOfActionCatalogs(@ForAll("coa") String t) { CliFileFuzzTest.catalog(t); }
    @Property(tries = 200) void compareWritesAllOrNothing(@ForAll("coa") String t) { CliFileFuzzTest.compare(t); }
    @Property(tries = 2_000) void knowledgeBases(@ForAll("law") String t) { CliFileFuzzTest.knowledgeBase(t); }
    @Property(tries = 2_000) void timelineFiles(@ForAll("timeline") String t) { CliFileFuzzTest.timelineFile(t); }
    @Property(tries = 2_000) void claimsFiles(@ForAll("claims") String t) { CliFileFuzzTest.claimsFile(t); }

    @AfterContainer
    static void report() { CliFileFuzzTest.report(); }
}
