package org.cartellab.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.cartellab.app.store.RunStore;
import org.cartellab.app.store.StoreException;
import org.cartellab.app.store.StoredRun;
import org.cartellab.ensemble.EnsembleJob;
import org.cartellab.ensemble.EnsembleResult;
import org.cartellab.ensemble.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cartel-lab runs resume ID}: computes only the missing runs of an interrupted ensemble. */
@Command(name = "resume", mixinStandardHelpOptions = true,
        description = {"Finish an interrupted ensemble: compute only the runs not yet stored. Since run i depends only on",
                "(seed, i), the result equals an uninterrupted run."})
final class RunsResumeCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "ID", description = "The id of the unfinished run (as listed by runs list).")
    String id;

    @Option(names = "--threads", description = "Worker threads (default: all cores).")
    Integer threads;

    @Option(names = "--chunk", defaultValue = "1000", description = "Runs per stored chunk (default ${DEFAULT-VALUE}).")
    int chunk;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write DIR/bands.csv.")
    Path out;

    @Mixin
    StoreOption store;

    @Mixin
    ForceOption force = new ForceOption();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        org.cartellab.app.output.OutputTarget target = out == null ? null
                : org.cartellab.app.output.OutputTarget.directory(out, force.force, "--out"); // checked before any work
        try (RunStore st = store.open()) {
            StoredRun r = st.get(id);
            if (!r.kind().equals("ensemble")) throw new BadInputException("run " + id + " is a " + r.kind() + ", only ensembles resume");
            EnsembleJob job = r.spec().toJob();
            List<RunSummary> done = st.items(id);
            if (done.size() != r.done()) {
                throw new BadInputException("run " + id + " is inconsistent: n_done " + r.done() + " but " + done.size() + " items stored");
            }
            System.err.println("resume: run " + id + " has " + done.size() + " of " + r.total() + " runs; computing " + (r.total() - done.size()));
            st.setStatus(id, StoredRun.RUNNING);
            EnsembleResult res = EnsembleExecution.finish(st, id, job, done, EnsembleCommand.runner(threads, chunk), org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
            EnsembleExecution.report(spec.commandLine().getOut(), id, st.file(), res, target, org.cartellab.app.i18n.Messages.of(LangOption.of(spec)));
        } catch (StoreException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
