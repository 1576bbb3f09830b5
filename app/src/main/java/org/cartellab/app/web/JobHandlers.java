package org.cartellab.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.cartellab.simulation.SimulatorInput;

/** Background jobs (uncertainty bands) as plain functions of a {@link Context}: submit, then poll. */
final class JobHandlers {
    private final WebSettings settings;
    private final ObjectMapper json;
    private final JobRunner jobs;
    private final SimulationService simulation;
    private final BandsService bands;

    JobHandlers(WebSettings settings, ObjectMapper json, JobRunner jobs, SimulationService simulation, BandsService bands) {
        this.settings = settings;
        this.json = json;
        this.jobs = jobs;
        this.simulation = simulation;
        this.bands = bands;
    }

    void submit(Context ctx) {
        BandsRequest r = BandsRequest.parse(Requests.json(ctx, json, settings.maxBodyBytes()), settings);
        Job job;
        if (r.query() != null) {
            SimulatorInput in = simulation.input(r.query()); // unknown courses and bad values fail here, with 4xx, not in the job
            job = jobs.submit("ensemble", r.runs(), j -> bands.bands(in, r.runs(), r.seed(), j));
        } else {
            job = jobs.submit("ensemble", 2 * r.runs(), j -> bands.bands(r.scenario(), r.runs(), r.seed(), j));
        }
        ctx.status(202).header("Location", "/api/jobs/" + job.id()).json(json(job));
    }

    void status(Context ctx) {
        Job job = jobs.find(ctx.pathParam("id"));
        if (job == null) throw ApiException.of(404, "no_job", ctx.pathParam("id"));
        ctx.json(json(job));
    }

    private static Map<String, Object> json(Job job) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", job.id());
        out.put("kind", job.kind());
        out.put("state", job.state().name().toLowerCase(Locale.ROOT));
        out.put("done", job.done());
        out.put("total", job.total());
        out.put("progress", job.total() == 0 ? 1.0 : (double) job.done() / job.total());
        if (job.state() == Job.State.DONE) out.put("result", job.result());
        if (job.state() == Job.State.FAILED) out.put("error", job.error());
        return out;
    }
}
