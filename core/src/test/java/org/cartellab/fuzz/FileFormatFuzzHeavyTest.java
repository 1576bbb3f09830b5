package org.cartellab.fuzz;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Heavy profile of the file-format fuzz (issue 10): 8,000 mutated files per format, 80,000 in all (see {@link FileFormatFuzzTest}).
 */
@Tag("slow")
class FileFormatFuzzHeavyTest {
    static final int TRIES = 8_000;

    static Arbitrary<String> mutationsOf(FileFormats f) { return TextMutations.of(f.seed()); }

    @Provide Arbitrary<String> coa() { return mutationsOf(FileFormats.COURSE_OF_ACTION); }
    @Provide Arbitrary<String> sources() { return mutationsOf(FileFormats.SOURCES_LEDGER); }
    @Provide Arbitrary<String> leverEvidence() { return mutationsOf(FileFormats.LEVER_EVIDENCE); }
    @Provide Arbitrary<String> defaults() { return mutationsOf(FileFormats.COMPARISON_DEFAULTS); }
    @Provide Arbitrary<String> kbIndex() { return mutationsOf(FileFormats.KNOWLEDGE_BASE_INDEX); }
    @Provide Arbitrary<String> kbEntries() { return mutationsOf(FileFormats.KNOWLEDGE_BASE_ENTRIES); }
    @Provide Arbitrary<String> timeline() { return mutationsOf(FileFormats.TIMELINE); }
    @Provide Arbitrary<String> claims() { return mutationsOf(FileFormats.CLAIMS); }
    @Provide Arbitrary<String> precedents() { return mutationsOf(FileFormats.PRECEDENTS); }
    @Provide Arbitrary<String> positions() { return mutationsOf(FileFormats.POSITIONS); }

    @Property(tries = TRIES) void courseOfActionFiles(@ForAll("coa") String t) { FileFormats.COURSE_OF_ACTION.check(t); }
    @Property(tries = TRIES) void sourcesLedgers(@ForAll("sources") String t) { FileFormats.SOURCES_LEDGER.check(t); }
    @Property(tries = TRIES) void leverEvidenceFiles(@ForAll("leverEvidence") String t) { FileFormats.LEVER_EVIDENCE.check(t); }
    @Property(tries = TRIES) void comparisonDefaults(@ForAll("defaults") String t) { FileFormats.COMPARISON_DEFAULTS.check(t); }
    @Property(tries = TRIES) void knowledgeBaseIndexes(@ForAll("kbIndex") String t) { FileFormats.KNOWLEDGE_BASE_INDEX.check(t); }
    @Property(tries = TRIES) void knowledgeBaseEntries(@ForAll("kbEntries") String t) { FileFormats.KNOWLEDGE_BASE_ENTRIES.check(t); }
    @Property(tries = TRIES) void timelineFiles(@ForAll("timeline") String t) { FileFormats.TIMELINE.check(t); }
    @Property(tries = TRIES) void claimsFiles(@ForAll("claims") String t) { FileFormats.CLAIMS.check(t); }
    @Property(tries = TRIES) void precedentFiles(@ForAll("precedents") String t) { FileFormats.PRECEDENTS.check(t); }
    @Property(tries = TRIES) void positionFiles(@ForAll("positions") String t) { FileFormats.POSITIONS.check(t); }

    @AfterContainer
    static void report() { System.out.println(FileFormats.report()); }
}
