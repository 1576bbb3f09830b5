package org.cartellab.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The CLI file fuzz's inputs, one home for the fast ({@link CliFileFuzzTest}) and heavy ({@link CliFileFuzzHeavyTest})
 * tests, which differ only in tries: each verb that reads a user file with the bundled file it mutates
 * ({@link CliFileFuzz#mutated}), and the writing comparison.
 */
enum CliFileInput {
    CATALOG(CliFileInput.COA) {
        @Override void run(String text) {
            Path dir = CliFileFuzz.folderWith(Map.of("mine.yaml", text));
            CliFileFuzz.check("coa list --catalog", null, List.of(), "coa", "list", "--catalog", dir.toString());
        }
    },
    KNOWLEDGE_BASE(CliFileInput.LAW + "us.yaml") {
        @Override void run(String text) {
            Map<String, String> files = new LinkedHashMap<>();
            for (String f : List.of("knowledge-base.yaml", "international.yaml", "mx.yaml")) files.put(f, CliFileFuzz.resource(LAW + f));
            files.put("us.yaml", text);
            CliFileFuzz.check("law --knowledge-base", null, List.of(), "law", "--knowledge-base", CliFileFuzz.folderWith(files).toString());
        }
    },
    TIMELINE("/org/cartellab/record/timeline.yaml") {
        @Override void run(String text) {
            Path f = CliFileFuzz.folderWith(Map.of("timeline.yaml", text)).resolve("timeline.yaml");
            CliFileFuzz.check("timeline --file", null, List.of(), "timeline", "--file", f.toString());
        }
    },
    CLAIMS("/org/cartellab/record/claims.yaml") {
        @Override void run(String text) {
            Path f = CliFileFuzz.folderWith(Map.of("claims.yaml", text)).resolve("claims.yaml");
            CliFileFuzz.check("claims --file", null, List.of(), "claims", "--file", f.toString());
        }
    };

    static final String COA = "/org/cartellab/policy/coa/recruitment_prevention.yaml";
    static final String LAW = "/org/cartellab/law/";

    private final String seed;

    CliFileInput(String seed) { this.seed = seed; }

    /** Hands one mutated file to the verb and checks the outcome. */
    abstract void run(String text);

    /** One input: a reading verb and a mutated copy of its file. */
    record Input(CliFileInput verb, String text) {
        void check() { verb.run(text); }
    }

    /** The reading verbs' inputs: a verb drawn uniformly, a mutation of its file. */
    static Arbitrary<Input> reads() {
        return Arbitraries.of(values()).withoutEdgeCases().flatMap(v -> CliFileFuzz.mutated(v.seed).map(t -> new Input(v, t)));
    }

    /** The writing comparison's inputs: mutated course-of-action files. */
    static Arbitrary<String> catalogs() { return CliFileFuzz.mutated(COA); }

    /** {@code compare --catalog ... --out}: all of its files or none. */
    static void compare(String text) {
        Path dir = CliFileFuzz.folderWith(Map.of("recruitment_prevention.yaml", text));
        Path out = dir.resolve("out");
        CliFileFuzz.check("compare --catalog --out", out, List.of("comparison.csv", "matrix.csv", "robustness.csv", "report.html"),
                "compare", "status_quo", "recruitment_prevention", "--catalog", dir.toString(), "--out", out.toString(),
                "--years", "1", "--weight-samples", "20");
    }
}
