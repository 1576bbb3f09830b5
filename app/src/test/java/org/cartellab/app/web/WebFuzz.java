package org.cartellab.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generated web requests for the fuzz (issue 10), sent to a server in the test's JVM: query strings for the simulator,
 * scenario and law endpoints (and for endpoints that take none), scenario bodies for {@code POST /api/simulate}, JSON
 * bodies for {@code /api/compare} and {@code /api/jobs}. Each answer must be a success or a 4xx in the JSON error shape
 * (one {@code error} field, no exception text); a 5xx fails, except 503 from a full job queue. Jobs are polled until
 * done and must not end in an internal error. Counts per endpoint are kept for the closing note.
 */
final class WebFuzz {
    private WebFuzz() {}

    /** One request: method, path with query, body (null for GET) and content type. */
    record Request(String endpoint, String method, String path, String body, String contentType) {
        @Override public String toString() { return method + " " + path + (body == null ? "" : " <" + contentType + "> " + body); }
    }

    static final List<String> HOSTILE = List.of("-1", "1d", "0x10", "0o7", "NaN", "Infinity", "-Infinity", "1e308", "1e-320", " 1", "1 ", "1_000",
            "1.", ".5", "2081", "abc", "", "%00", "true", "99999999999999999999", "1,5", "\u0661");
    static final List<String> PLAUSIBLE = List.of("0", "1", "2", "0.5", "0.9", "1.5", "+1", "1e0", "52", "100", "300", "520", "600", "1040", "2080");
    static final List<String> KEYS = List.of("weeks", "from", "name", "recruitment", "incapacitation", "conflict", "saturation", "leadership_targets",
            "factions", "cooperation", "recovery_weeks", "sentence", "jurisdiction", "kind", "status", "course", "recruitmnet", "x");

    /** A value: three times in four a plausible one, so that many requests get past the first check. */
    static Arbitrary<String> value() {
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(PLAUSIBLE)), Tuple.of(1, Arbitraries.of(HOSTILE)));
    }

    static Arbitrary<String> query(List<String> keys) {
        Arbitrary<String> pair = Combinators.combine(Arbitraries.of(keys), value())
                .as((k, v) -> URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return pair.list().ofMaxSize(4).map(l -> l.isEmpty() ? "" : "?" + String.join("&", l));
    }

    static final List<String> SIMULATOR_KEYS = List.of("weeks", "from", "name", "recruitment", "incapacitation", "conflict", "saturation",
            "leadership_targets", "factions", "cooperation", "recovery_weeks", "sentence", "coa", "coa_values", "recruitmnet");
    static final List<String> LAW_KEYS = List.of("jurisdiction", "kind", "status", "course", "x");

    /** A JSON value for a field: mostly a plausible number, else a hostile value or another type. */
    static Arbitrary<String> jsonValue() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("2", "4", "100", "300", "600", "1040", "7")),
                Tuple.of(2, Arbitraries.of("0", "-1", "1.5", "1e308", "\"abc\"", "\"600\"", "null", "true", "[]", "{}", "[1]", "99999999999999999999")));
    }

    static Arbitrary<String> ids() {
        return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("[\"fixture_status_quo\"]", "[\"fixture_recruitment\"]",
                        "[\"fixture_status_quo\",\"fixture_recruitment\"]")),
                Tuple.of(2, Arbitraries.of("[]", "\"fixture_status_quo\"", "[\"fixture_status_quo\",\"fixture_status_quo\"]", "[\"nope\"]", "[1]",
                        "[\"\\u0000\"]", "null")));
    }

    static Arbitrary<String> jobQuery() {
        Arbitrary<String> member = Combinators.combine(Arbitraries.of("weeks", "recruitment", "saturation", "from", "name", "x"),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of("100", "200", "0.5", "1", "2")), Tuple.of(1, Arbitraries.of("\"0.5\"", "1e308", "[1]", "null", "\"n\""))))
                .as((k, v) -> "\"" + k + "\":" + v);
        return member.list().ofMaxSize(3).uniqueElements(m -> m.substring(0, m.indexOf(':'))).map(l -> "{" + String.join(",", l) + "}");
    }

    /** A JSON object from optional fields, sometimes with a field repeated or cut short, sometimes not JSON at all. */
    static Arbitrary<String> object(List<Arbitrary<String>> members) {
        Arbitrary<List<String>> chosen = Combinators.combine(members.stream().map(m -> Arbitraries.frequencyOf(Tuple.of(3, m), Tuple.of(1, Arbitraries.just(""))))
                .toList()).as(l -> l.stream().map(Object::toString).filter(x -> !x.isEmpty()).toList());
        Arbitrary<String> object = chosen.map(l -> "{" + String.join(",", l) + "}");
        return Arbitraries.frequencyOf(Tuple.of(12, object), Tuple.of(1, chosen.map(l -> "{" + String.join(",", l) + (l.isEmpty() ? "" : "," + l.get(0)) + "}")),
                Tuple.of(1, object.map(o -> o.substring(0, o.length() / 2))),
                Tuple.of(1, Arbitraries.of("", "[]", "null", "{} {}", "{\"ids\":[\"fixture_status_quo\"]}garbage", "\uFEFF{}", "{\"x\":1}")));
    }

    static Arbitrary<String> scenarioBody() {
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("network")), Tuple.of(1, Arbitraries.of("cohort", "x"))),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of("100", "300", "600")), Tuple.of(1, value())),
                        Arbitraries.of("recruitment", "incapacitation", "conflict", "saturation", "recruitmnet"), value(),
                        Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.integers().between(0, 90)), Tuple.of(1, Arbitraries.integers().between(-1, 2100))))
                .as((m, w, k, v, iw) -> "model: " + m + "\nweeks: " + w + "\ninterventions:\n  - week: " + iw + "\n    multiply: {" + k + ": " + v + "}\n");
    }

    static Arbitrary<Request> requests() {
        Arbitrary<Request> simulate = Combinators.combine(Arbitraries.of("/api/simulate", "/api/simulate.csv", "/api/scenario.yaml"), query(SIMULATOR_KEYS))
                .as((p, q) -> new Request("GET " + p, "GET", p + q, null, null));
        Arbitrary<Request> law = query(LAW_KEYS).map(q -> new Request("GET /api/law", "GET", "/api/law" + q, null, null));
        Arbitrary<Request> none = Combinators.combine(Arbitraries.of("/api/health", "/api/parameters", "/api/catalog", "/api/data",
                        "/api/catalog/fixture_status_quo", "/api/catalog/fixture_status_quo/pathway", "/api/jobs/nope"),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just("")), Tuple.of(1, query(KEYS))))
                .as((p, q) -> new Request("GET (endpoints without a query)", "GET", p + q, null, null));
        Arbitrary<Request> post = Combinators.combine(Arbitraries.of("/api/simulate", "/api/simulate.csv", "/api/scenario.yaml"), scenarioBody(),
                        Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("application/yaml")), Tuple.of(1, Arbitraries.of("application/json", "text/plain"))))
                .as((p, b, ct) -> new Request("POST " + p, "POST", p, b, ct));
        Arbitrary<Request> compare = Combinators.combine(object(List.of(ids().map(v -> "\"ids\":" + v), jsonValue().map(v -> "\"weeks\":" + v),
                                jsonValue().map(v -> "\"seed\":" + v), jsonValue().map(v -> "\"x\":" + v))),
                        Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("application/json")), Tuple.of(1, Arbitraries.of("text/plain", "application/yaml"))),
                        Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("")), Tuple.of(1, query(KEYS))))
                .as((b, ct, q) -> new Request("POST /api/compare", "POST", "/api/compare" + q, b, ct));
        Arbitrary<Request> jobs = object(List.of(Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("\"kind\":\"ensemble\"")), Tuple.of(1, Arbitraries.of("\"kind\":\"x\"", "\"kind\":1"))),
                        jsonValue().map(v -> "\"runs\":" + v), jsonValue().map(v -> "\"seed\":" + v),
                        Arbitraries.frequencyOf(Tuple.of(5, jobQuery().map(q -> "\"query\":" + q)),
                                Tuple.of(2, Arbitraries.of("\"scenario\":\"model: network\\nweeks: 100\\n\"", "\"scenario\":{\"model\":\"network\",\"weeks\":50}",
                                        "\"scenario\":\"model: network\\nweeks: 100\\ninterventions:\\n  - week: 5\\n    multiply: {incapacitation: 1e308}\\n  - week: 6\\n    multiply: {incapacitation: 1e308}\\n\"")))))
                .map(b -> new Request("POST /api/jobs", "POST", "/api/jobs", b, "application/json"));
        return Arbitraries.oneOf(simulate, law, none, post, compare, jobs);
    }

    static final Map<String, AtomicLongArray> COUNTS = new ConcurrentHashMap<>();
    static final List<String> JOBS = new ArrayList<>();

    /** Sends one request and checks its answer (see the class comment). */
    static void check(Http http, Request r) {
        HttpResponse<String> res = r.method.equals("GET") ? http.get(r.path) : http.post(r.path, r.body, r.contentType);
        int status = res.statusCode();
        boolean busy = status == 503 && r.path.equals("/api/jobs");
        assertThat(status).as("%s -> %s", r, res.body()).isLessThan(busy ? 504 : 500);
        if (status >= 400) {
            assertThat(res.headers().firstValue("Content-Type").orElse("")).as("%s", r).startsWith("application/json");
            JsonNode j = Http.json(res);
            assertThat(j.size()).as("%s -> %s", r, res.body()).isEqualTo(1);
            assertThat(j.path("error").asText()).as("%s", r).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        }
        if (status == 202) synchronized (JOBS) { JOBS.add(Http.json(res).path("id").asText()); }
        COUNTS.computeIfAbsent(r.endpoint, k -> new AtomicLongArray(2)).incrementAndGet(status < 400 ? 0 : 1);
    }

    /** Waits (at most {@code seconds}) for every submitted job and checks none ended in an internal error. */
    /** The server both fuzz tests (fast and heavy) run against: the fixtures' catalog, small limits; started on a free port. */
    static WebServer server() {
        CatalogProvider catalog = Fixtures.catalog();
        return new WebServer(new WebSettings(64 * 1024, 2080, 8, 1, 2, 64), catalog, Fixtures.comparison(catalog));
    }

    /** After a fuzz run: every job started ends well within {@code seconds}, the counts are printed, the server stops. */
    static void finish(WebServer server, Http http, int seconds) throws InterruptedException {
        try {
            jobsEndWell(http, seconds);
            System.out.println(report());
        } finally {
            server.stop();
        }
    }

    static void jobsEndWell(Http http, int seconds) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (String id : JOBS) {
            while (true) {
                HttpResponse<String> res = http.get("/api/jobs/" + id);
                if (res.statusCode() == 404) break; // finished and dropped
                JsonNode j = Http.json(res);
                assertThat(res.body()).as("job %s", id).doesNotContain("internal error");
                String state = j.path("state").asText(j.path("status").asText());
                if (!state.equals("queued") && !state.equals("running")) break;
                assertThat(System.nanoTime()).as("job %s still running after %d s", id, seconds).isLessThan(end);
                Thread.sleep(100);
            }
        }
    }

    static String report() {
        Map<String, String> out = new TreeMap<>();
        COUNTS.forEach((k, v) -> out.put(k, v.get(0) + " answered, " + v.get(1) + " refused (4xx)"));
        return "web fuzz: " + out + ", " + JOBS.size() + " jobs, 0 HTTP 500";
    }
}
