package org.cartellab.app.cli;

import java.util.List;

/** Every verb of the CLI, in the order --help lists them. Add a verb here and nowhere else. */
final class Verbs {
    private Verbs() {}

    static List<Object> all() {
        return List.of(
                new RunCommand(),
                new DataCommand(),
                new CalibrateCommand(),
                new BacktestCommand(),
                new CoaCommand(),
                new LawCommand(),
                new TimelineCommand(),
                new ClaimsCommand(),
                new CohortVerb(),
                new CompareCommand(),
                new BriefCommand(),
                new ServeCommand(),
                new WebBenchCommand(),
                new EnsembleCommand(),
                new RunsCommand(),
                new SensitivityCommand()
        );
    }
}
