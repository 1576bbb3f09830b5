package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10's CLI examples for kinds 2, 3, 7 and 9: no stack traces, one clear line, the right exit code. */
class CliHardeningTest {
    @TempDir
    Path tmp;

    private static void noTrace(CliRunner r) {
        assertThat(r.err()).doesNotContain("\tat ", "Exception", "internal error");
        assertThat(r.exit()).isNotEqualTo(1);
    }

    @Test
    void solverNoiseNearZeroIsExtinctionNotNumericalTrouble() {
        CliRunner r = CliRunner.run("run", "--weeks", "2080", "--set", "recruitment=0.005054948", "--set", "saturation=0");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("extinct:", "left the model");
    }

    @Test
    void noInitialMembersIsARunThatStaysAtZero() throws IOException {
        Path f = Files.writeString(tmp.resolve("zero.yaml"), "model: network\nweeks: 100\nparameters: {initial_members: 0}\n");
        CliRunner r = CliRunner.run("run", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("collapse: members fell below 1 at week 0.00").doesNotContain("NaN");
    }

    @Test
    void chainedOverflowingMultipliersAreBadInputForRunAndEnsemble() throws IOException {
        Path f = Files.writeString(tmp.resolve("ovf.yaml"), "model: network\nweeks: 600\ninterventions:\n"
                + "  - week: 10\n    multiply: {incapacitation: 1e308}\n  - week: 20\n    multiply: {incapacitation: 1e308}\n");
        for (String[] args : new String[][] {{"run", f.toString()}, {"ensemble", f.toString(), "--runs", "2", "--no-store"}}) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("ovf.yaml", "interventions", "too large");
            noTrace(r);
        }
    }

    @Test
    void aScenarioNameWithEscapeSequencesReachesTheTerminalClean() throws IOException {
        Path f = Files.writeString(tmp.resolve("esc.yaml"), "name: \"evil\\e[2J\\e]0;title\\a\"\nmodel: network\nweeks: 10\n");
        CliRunner r = CliRunner.run("run", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("evil").doesNotContain("\u001b", "\u0007");
    }

    @Test
    void aKeyWithANewlineDoesNotSplitTheError() throws IOException {
        Path f = Files.writeString(tmp.resolve("nl.yaml"), "model: network\n\"bad\\nkey\": 1\n");
        CliRunner r = CliRunner.run("run", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        noTrace(r);
    }

    @Test
    void aMissingFileSaysFileNotFound() {
        for (String[] args : new String[][] {{"run", "/no/such.yaml"}, {"ensemble", "/no/such.yaml", "--no-store"},
                {"compare", "--weights", "/no/such.yaml"}, {"cohort", "--scenario", "/no/such.yaml"}}) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", args)).contains("file not found: /no/such.yaml");
            noTrace(r);
        }
    }

    @Test
    void sensitivityRefusesWhatTheMethodCannotDo() {
        for (String n : new String[] {"3", "8", "24", "0", "-4"}) {
            CliRunner r = CliRunner.run("sensitivity", "--samples", n, "--out", tmp.resolve("s" + n).toString());
            assertThat(r.exit()).as(n + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).contains("power of two");
            assertThat(tmp.resolve("s" + n)).doesNotExist();
        }
    }

    @Test
    void sensitivityNeverWritesNaNAsABound() throws IOException {
        Path out = tmp.resolve("s");
        CliRunner r = CliRunner.run("sensitivity", "--samples", "16", "--bootstrap", "0", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out.resolve("sobol.csv"))).doesNotContain("NaN");
        assertThat(r.out()).doesNotContain("NaN").contains("n/a");
    }

    @Test
    void serveOnAnAddressThatIsNotLocalSaysSo() {
        CliRunner r = CliRunner.run("serve", "--host", "203.0.113.5", "--port", "0");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("203.0.113.5", "not an address of this machine").doesNotContain("in use");
    }

    @Test
    void aWeightsFileIsReadAsYaml12AndEchoed() throws IOException {
        Path w = Files.writeString(tmp.resolve("w.yaml"), "members_change: 010\n");
        CliRunner r = CliRunner.run("compare", "status_quo", "recruitment_prevention", "--weights", w.toString(), "--weight-samples", "10");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("as read: members_change 10");
    }

    @Test
    void cohortScenarioErrorsNameFileAndLine() throws IOException {
        Path f = Files.writeString(tmp.resolve("coh.yaml"), "model: cohort\nweeks: 3000\nparameters:\n  arrest: 2\n");
        for (String[] args : new String[][] {{"cohort", "--scenario", f.toString()}, {"run", f.toString()}}) {
            CliRunner r = CliRunner.run(args);
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("coh.yaml, line 4, field 'parameters.arrest'");
        }
    }

    @Test
    void helpHasNoPicocliWarningsForAnyVerb() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            for (String[] verb : new String[][] {{"run"}, {"compare"}, {"ensemble"}, {"sensitivity"}, {"calibrate"}, {"cohort"},
                    {"serve"}, {"data"}, {"coa", "list"}, {"runs", "list"}, {"runs", "check"}, {"runs", "export"}, {"runs", "import"},
                    {"runs", "resume"}, {"runs", "show"}, {"bench-web"}}) {
                String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(verb), java.util.stream.Stream.of("--help")).toArray(String[]::new);
                CliRunner r = CliRunner.run(args);
                assertThat(r.exit()).as(String.join(" ", verb)).isZero();
                assertThat(r.out()).as(String.join(" ", verb)).doesNotContain("%n");
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).doesNotContain("picocli WARN");
    }
}
