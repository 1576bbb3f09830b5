package org.cartellab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The serve verb is registered, documents itself, and refuses a bad port with exit code 2. */
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
    }
}
