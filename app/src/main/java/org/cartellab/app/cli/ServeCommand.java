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
                "Works offline: every script, style and chart library is bundled. Stop with Ctrl-C.",
                "Memory: the server needs about " + ServeCommand.HEAP + " of Java heap (two comparisons, one ensemble job and",
                "a live run per core at a time); bound it with CARTEL_LAB_JAVA_OPTS=-Xmx" + ServeCommand.HEAP_FLAG + ".",
                "Requests must name this server in Host (the bound address, localhost or --allow-host) and POSTs must",
                "send JSON (or YAML to the simulate endpoints) from this origin; see docs/web.md."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}; use 0.0.0.0 to expose it).")
    String host;

    /** The heap the server needs, stated in the help and README (docs/web.md gives the measurement). */
    static final String HEAP = "512 MB";
    static final String HEAP_FLAG = "512m";

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also accept this host name in Host and Origin headers (repeatable; e.g. a name that points here).")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on, 0 for any free port (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new BadInputException("--port: expected 0 to 65535, found " + port);
        checkLocal(host); // before anything starts: a clear message, not "port in use"
        Catalog catalog = Catalog.bundled();
        WebServer server = new WebServer(WebSettings.DEFAULTS,
                CatalogProvider.of(catalog.all()), new CatalogComparison(catalog)).allowHosts(allowHosts);
        int actual;
        try {
            actual = server.start(host, port);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) root = root.getCause();
            String why = root instanceof java.net.BindException && String.valueOf(root.getMessage()).contains("in use")
                    ? "port " + port + " is already in use; choose another with --port" : String.valueOf(root.getMessage());
            throw new BadInputException("cannot listen on " + host + ":" + port + ": " + why);
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

    /** Refuses an address that is not one of this machine's (or the wildcard), naming it. */
    static void checkLocal(String host) {
        java.net.InetAddress address;
        try {
            address = java.net.InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new BadInputException("--host " + host + ": unknown host name");
        }
        if (address.isAnyLocalAddress() || address.isLoopbackAddress()) return;
        try {
            if (java.net.NetworkInterface.getByInetAddress(address) == null) {
                throw new BadInputException("--host " + host + ": " + address.getHostAddress()
                        + " is not an address of this machine; use 127.0.0.1 (default), 0.0.0.0 or one of this machine's addresses");
            }
        } catch (java.net.SocketException e) {
            throw new BadInputException("--host " + host + ": cannot check the address (" + e.getMessage() + ")");
        }
    }
}
