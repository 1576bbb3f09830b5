package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoreException;
import org.cartellab.app.store.StoredRun;
import org.cartellab.ensemble.ChunkSink;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.EnsembleResult;
import org.cartellab.ensemble.EnsembleRunner;
import org.cartellab.ensemble.RunSummary;

/** Runs (or finishes) a stored ensemble: items committed chunk by chunk, then bands saved, printed and written. */
final class EnsembleExecution {
    private EnsembleExecution() {}

    static EnsembleResult finish(RunStore store, String runId, EnsembleJob job, List<RunSummary> done, EnsembleRunner runner) {
        return finish(store, runId, job, done, runner, org.cartellab.app.i18n.Messages.english());
    }

    /** As above, with the progress line in {@code m}'s language. */
    static EnsembleResult finish(RunStore store, String runId, EnsembleJob job, List<RunSummary> done, EnsembleRunner runner,
                                 org.cartellab.app.i18n.Messages m) {
        ChunkSink sink = store == null ? ChunkSink.NONE : chunk -> store.appendChunk(runId, chunk);
        EnsembleResult result;
        try {
            result = runner.resume(job, done, sink, ProgressBar.onStderr("ensemble", "runs", m));
        } catch (RuntimeException e) {
            if (store != null) markFailed(store, runId);
            if (e instanceof StoreException) throw new BadInputException(e.getMessage());
            throw e;
        }
        if (store != null) {
            store.saveBands(runId, result.bands());
            store.setStatus(runId, StoredRun.COMPLETE);
        }
        return result;
    }

    private static void markFailed(RunStore store, String runId) {
        try {
            store.setStatus(runId, StoredRun.FAILED);
        } catch (RuntimeException ignored) {
            // the original failure is the one to report
        }
    }

    static void report(PrintWriter out, String runId, Path storePath, EnsembleResult r, org.cartellab.app.output.OutputTarget outDir,
                       org.cartellab.app.i18n.Messages m) {
        out.println(org.cartellab.app.i18n.CoreTexts.ensemble(r, m));
        out.println(org.cartellab.app.i18n.CoreTexts.runsOverDraws(r.runs(), r.distinctParameters(), r.description(), m));
        out.print(BandsTable.summary(r.bands()));
        if (runId != null) out.println(m.get("ensemble.stored", runId, storePath));
        if (outDir != null) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("bands.csv", BandsTable.csv(r.bands()));
            outDir.write(files);
            out.println(m.get("cohort.wrote", outDir.path().resolve("bands.csv")));
        }
        out.flush();
    }
}
