package org.cartellab.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cartellab.app.web.CatalogComparison;
import org.cartellab.app.web.CatalogProvider;
import org.cartellab.app.web.WebServer;
import org.cartellab.app.web.WebSettings;
import org.cartellab.policy.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cartel-lab serve}: the web app (simulator, comparison, sources) and its JSON API on a local port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web app and its JSON API (OpenAPI document at /openapi.json).",
                "Works offline: every script, style and chart library is bundled. Stop with Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 to expose it).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new BadInputException("--port: expected 0 to 65535, found " + port);
        Catalog catalog = Catalog.bundled();
        WebServer server = new WebServer(WebSettings.DEFAULTS,
                CatalogProvider.of(catalog.all()), new CatalogComparison(catalog));
        int actual;
        try {
            actual = server.start(host, port);
        } catch (RuntimeException e) {
            throw new BadInputException("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
        }
        server.warmUpInBackground();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }));
        System.out.println("Cartel Policy Lab at http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + actual + "/ (Ctrl-C to stop)");
        stopped.await();
        return 0;
    }
}
