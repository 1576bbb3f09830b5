package org.cartellab.app.cli;

import java.util.concurrent.Callable;
import org.cartellab.app.web.LoadBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cartel-lab bench-web}: load the web app's simulate endpoint on loopback and print latency, CPU and heap. */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = {"Load test of GET /api/simulate on 127.0.0.1 (its own server; nothing leaves the machine).",
                "Clients move random sliders with a think time between moves; first one client alone gives the baseline.",
                "Targets: 0 errors and p99 under 100 ms. Exit 0 when met, 1 when missed (the figures say why)."})
public final class WebBenchCommand implements Callable<Integer> {
    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "60", description = "Duration of the loaded phase (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--think-ms", defaultValue = "500-1500", description = "Pause between a client's requests, MIN-MAX ms (default: ${DEFAULT-VALUE}).")
    String think;

    @Override
    public Integer call() throws InterruptedException {
        String[] parts = think.split("-");
        LoadBench.Plan plan;
        try {
            if (parts.length != 2) throw new IllegalArgumentException("expected MIN-MAX");
            plan = new LoadBench.Plan(clients, seconds, Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()), 10_000, 100);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--clients 1-500, --seconds 1-3600, --think-ms MIN-MAX with 0 <= MIN <= MAX: " + e.getMessage());
        }
        LoadBench.Report r = LoadBench.run(plan);
        System.out.println(r.describe());
        boolean met = r.errors() == 0 && r.p99() < 100;
        System.out.println("target (0 errors, p99 < 100 ms): " + (met ? "met" : "missed") + (r.errors() > 0 ? "; errors: " + r.errorSamples() : ""));
        return met ? 0 : 1;
    }
}
