package org.cartellab.app.web;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Fast slice of the web fuzz (issue 10): 200 generated requests from {@link WebFuzz#requests()} against {@link WebFuzz#server()}, as the other variant; only the tries differ. */
class WebFuzzTest {
    static WebServer server;
    static Http http;

    @BeforeContainer
    static void start() {
        server = WebFuzz.server();
        http = new Http(server.start("127.0.0.1", 0));
    }

    @Provide
    Arbitrary<WebFuzz.Request> requests() { return WebFuzz.requests(); }

    @Property(tries = 200)
    void everyRequestGetsAnAnswerOrOneClearError(@ForAll("requests") WebFuzz.Request r) { WebFuzz.check(http, r); }

    @AfterContainer
    static void stop() throws InterruptedException { WebFuzz.finish(server, http, 120); }
}
