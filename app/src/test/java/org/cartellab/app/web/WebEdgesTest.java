package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 10, kinds 4 and 6: Jetty's own errors in the JSON shape, Host/Origin/Content-Type checks, body limits. */
class WebEdgesTest {
    static WebServer server;
    static int port;
    static Http http;

    @BeforeAll
    static void start() {
        server = WebServer.withoutCatalog();
        port = server.start("127.0.0.1", 0);
        http = new Http(port);
    }

    @AfterAll
    static void stop() { server.stop(); }

    /** Sends raw bytes and returns the whole raw response (status line, headers, body). */
    static String raw(String request) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void jsonErrorWithHeaders(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        String lower = response.toLowerCase(java.util.Locale.ROOT);
        assertThat(lower).contains("content-type: application/json", "x-content-type-options: nosniff", "content-security-policy:");
        assertThat(response).contains("{\"error\":");
    }

    @Test
    void jettysOwnErrorsHaveTheJsonShapeAndTheHeaders() throws Exception {
        jsonErrorWithHeaders(raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), 414);
        jsonErrorWithHeaders(raw("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n"), 431);
        jsonErrorWithHeaders(raw("POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n"), 400);
        String bad = raw("GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(bad).matches("(?s)HTTP/1.1 4\\d\\d.*");
        jsonErrorWithHeaders(bad, Integer.parseInt(bad.substring(9, 12)));
    }

    @Test
    void aDeclaredOversizedBodyIsRefusedAtOnce() throws Exception {
        long t0 = System.nanoTime();
        String r = raw("POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\nContent-Length: 100000000\r\n\r\nmodel: network\n");
        assertThat(r).startsWith("HTTP/1.1 413");
        assertThat((System.nanoTime() - t0) / 1e9).as("answered without waiting for the body").isLessThan(WebGuard.IDLE_MILLIS / 1000.0);
    }

    @Test
    void aBodyThatNeverEndsIsCutOffWithinSeconds() throws Exception {
        long t0 = System.nanoTime();
        String r = raw("POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\nContent-Length: 1000\r\n\r\nmodel: net");
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertThat(seconds).isLessThan(15);
        if (!r.isEmpty()) assertThat(r).matches("(?s)HTTP/1.1 4\\d\\d.*");
    }

    @Test
    void crossOriginAndPlainTextPostsAreRefused() {
        HttpResponse<String> plain = http.post("/api/jobs", "{\"kind\":\"ensemble\",\"runs\":2,\"query\":{}}", "text/plain");
        WebApiTest.assertError(plain, 415, "Content-Type");
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/jobs")).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"ensemble\",\"runs\":2,\"query\":{}}")).build());
        WebApiTest.assertError(foreign, 403, "Origin");
        HttpResponse<String> same = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/simulate")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/yaml").header("Origin", "http://127.0.0.1:" + port)
                .POST(HttpRequest.BodyPublishers.ofString("model: network\nweeks: 10\n")).build());
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        String r = raw("GET /api/health HTTP/1.1\r\nHost: attacker.example:" + port + "\r\nConnection: close\r\n\r\n");
        jsonErrorWithHeaders(r, 403);
        String ok = raw("GET /api/health HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(ok).startsWith("HTTP/1.1 200");
    }

    @Test
    void theGuardsHostAndOriginRules() {
        WebGuard g = new WebGuard("x", 1024);
        g.bound("127.0.0.1", 7070);
        g.allowHosts(java.util.List.of("lab.local"));
        assertThat(g.hostAllowed("127.0.0.1:7070")).isTrue();
        assertThat(g.hostAllowed("localhost")).isTrue();
        assertThat(g.hostAllowed("lab.local:7070")).isTrue();
        assertThat(g.hostAllowed("127.0.0.1:8080")).isFalse();
        assertThat(g.hostAllowed("rebind.attacker.example:7070")).isFalse();
        assertThat(g.originAllowed("http://localhost:7070")).isTrue();
        assertThat(g.originAllowed("null")).isFalse();
        assertThat(g.originAllowed("https://localhost:7070")).isFalse();
    }
}
