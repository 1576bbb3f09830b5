package org.cartellab.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Fast slice of the CLI file fuzz (issue 10): see {@link CliFileFuzz}; the heavy profile runs {@link CliFileFuzzHeavyTest}. */
class CliFileFuzzTest {
    static final String COA = "/org/cartellab/policy/coa/recruitment_prevention.yaml";
    static final String LAW = "/org/cartellab/law/";

    @Provide Arbitrary<String> coa() { return CliFileFuzz.mutated(COA); }
    @Provide Arbitrary<String> law() { return CliFileFuzz.mutated(LAW + "us.yaml"); }
    @Provide Arbitrary<String> timeline() { return CliFileFuzz.mutated("/org/cartellab/record/timeline.yaml"); }
    @Provide Arbitrary<String> claims() { return CliFileFuzz.mutated("/org/cartellab/record/claims.yaml"); }

    static void catalog(String text) {
        Path dir = CliFileFuzz.folderWith(Map.of("mine.yaml", text));
        CliFileFuzz.check("coa list --catalog", null, List.of(), "coa", "list", "--catalog", dir.toString());
    }

    static void compare(String text) {
        Path dir = CliFileFuzz.folderWith(Map.of("recruitment_prevention.yaml", text));
        Path out = dir.resolve("out");
        CliFileFuzz.check("compare --catalog --out", out, List.of("comparison.csv", "matrix.csv", "robustness.csv", "report.html"),
                "compare", "status_quo", "recruitment_prevention", "--catalog", dir.toString(), "--out", out.toString(),
                "--years", "1", "--weight-samples", "20");
    }

    static void knowledgeBase(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String f : List.of("knowledge-base.yaml", "international.yaml", "mx.yaml")) files.put(f, CliFileFuzz.resource(LAW + f));
        files.put("us.yaml", text);
        CliFileFuzz.check("law --knowledge-base", null, List.of(), "law", "--knowledge-base", CliFileFuzz.folderWith(files).toString());
    }

    static void timelineFile(String text) {
        Path f = CliFileFuzz.folderWith(Map.of("timeline.yaml", text)).resolve("timeline.yaml");
        CliFileFuzz.check("timeline --file", null, List.of(), "timeline", "--file", f.toString());
    }

    static void claimsFile(String text) {
        Path f = CliFileFuzz.folderWith(Map.of("claims.yaml", text)).resolve("claims.yaml");
        CliFileFuzz.check("claims --file", null, List.of(), "claims", "--file", f.toString());
    }

    @Property(tries = 15) void courseOfActionCatalogs(@ForAll("coa") String t) { catalog(t); }
    @Property(tries = 4) void compareWritesAllOrNothing(@ForAll("coa") String t) { compare(t); }
    @Property(tries = 15) void knowledgeBases(@ForAll("law") String t) { knowledgeBase(t); }
    @Property(tries = 15) void timelineFiles(@ForAll("timeline") String t) { timelineFile(t); }
    @Property(tries = 15) void claimsFiles(@ForAll("claims") String t) { claimsFile(t); }

    @AfterContainer
    static void report() { System.out.println(CliFileFuzz.report()); }
}
