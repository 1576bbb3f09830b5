package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve and bench-web verbs are registered, document themselves, and refuse bad values with exit code 2. */
class ServeCommandTest {
    @Test
    void helpAndBadPort() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("serve", "--help")).isZero();
        assertThat(out.toString()).contains("--port").contains("--host").contains("openapi.json");
        assertThat(cl.execute("serve", "--port", "70000")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--port: expected 0 to 65535");
        assertThat(cl.execute("bench-web", "--help")).isZero();
        assertThat(out.toString()).contains("--clients").contains("127.0.0.1");
        assertThat(cl.execute("bench-web", "--think-ms", "900-100")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(cl.execute("bench-web", "--clients", "0")).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("--think-ms MIN-MAX");
    }
}
