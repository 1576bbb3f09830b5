package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import org.cartellab.app.cli.Main;
import org.cartellab.app.i18n.Messages;
import org.cartellab.app.i18n.UnknownCourse;
import org.cartellab.i18n.Language;
import org.cartellab.policy.Catalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An unknown course id gets one message, from one key, on every CLI verb and every web route that takes a course. */
class UnknownCourseEverywhereTest {
    static WebServer server;
    static Http http;
    static String expected;

    @BeforeAll
    static void start() {
        server = Fixtures.bundledServer();
        http = new Http(server.start("127.0.0.1", 0));
        expected = UnknownCourse.message("bogus", Catalog.bundled().ids());
    }

    @AfterAll
    static void stop() { server.stop(); }

    static String cliError(String... args) {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute(args)).as(String.join(" ", args)).isEqualTo(2);
        return err.toString().replaceAll("\\s+", " ");
    }

    @Test
    void everyVerbSaysTheSame() {
        assertThat(expected).startsWith("unknown course of action 'bogus'; known ids: ");
        for (String[] args : new String[][] {{"coa", "show", "bogus"}, {"compare", "bogus"}, {"brief", "bogus"}, {"law", "--course", "bogus"}}) {
            assertThat(cliError(args)).as(String.join(" ", args)).contains(expected);
        }
        assertThat(cliError("coa", "show", "bogus", "--lang", "es")).contains(UnknownCourse.message(Messages.of(Language.ES), "bogus", Catalog.bundled().ids()));
    }

    @Test
    void everyRouteSaysTheSame() {
        for (HttpResponse<String> r : java.util.List.of(http.get("/api/catalog/bogus"), http.get("/api/catalog/bogus/pathway"), http.get("/api/law?course=bogus"),
                http.get("/api/simulate?coa=bogus"), http.post("/api/assess", "{\"ids\": [\"bogus\"], \"weeks\": 780}", "application/json"),
                http.post("/api/compare", "{\"ids\": [\"bogus\"], \"weeks\": 780}", "application/json"))) {
            assertThat(r.statusCode()).as(r.uri().toString()).isBetween(400, 404);
            assertThat(Http.json(r).get("error").asText()).as(r.uri().toString()).contains(expected);
        }
    }
}
