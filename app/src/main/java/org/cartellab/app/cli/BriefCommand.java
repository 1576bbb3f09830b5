package org.cartellab.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.cartellab.app.report.BriefingComputation;
import org.cartellab.app.report.BriefingJson;
import org.cartellab.app.report.BriefingText;
import org.cartellab.assessment.ComparisonAssessment;
import org.cartellab.assessment.ComparisonEnsembleResult;
import org.cartellab.assessment.CriterionWeights;
import org.cartellab.briefing.Briefing;
import org.cartellab.comparison.ComparisonOptions;
import org.cartellab.ensemble.Distributions;
import org.cartellab.policy.CourseOfAction;
import org.cartellab.policy.CourseOfActionSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cartel-lab brief ID…}: the bottom line of one course, a combination (A+B) or several, on one screen. */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Print a one-screen briefing in plain language for one course of action, a combination written A+B, or several courses.",
                "It says what the course would change against the status quo at 5 years (with the band and how many runs agree on the direction),",
                "its legal assessment in each jurisdiction from the legal pathway, its top risks (sourced or judgment), what the evidence does not",
                "pin down, the model's known misses and the dates it rests on. Strategic analysis from public data; not legal advice; not operational."})
public final class BriefCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ID", description = "A course-of-action id, or a combination such as A+B; several ids give a comparison.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--ensemble", paramLabel = "N", defaultValue = "0",
            description = "Base the bands and the agreement on an ensemble of N members (posterior parameters and lever draws) instead of the lever sweep (default: ${DEFAULT-VALUE}, no ensemble).")
    int ensemble;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for --ensemble (default: every core).")
    Integer threads;

    @Option(names = "--seed", defaultValue = "" + ComparisonAssessment.DEFAULT_SEED, description = "Seed for the random weightings, the ensemble and the cohort engine (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "Output format: text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--catalog", paramLabel = "DIR", description = "Also load courses of action from this folder (same format as the bundled catalog; the same id replaces).")
    java.nio.file.Path catalogDir;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    LangOption lang = new LangOption();

    private org.cartellab.app.i18n.Messages t = org.cartellab.app.i18n.Messages.english();

    private CourseOfActionSource source;

    /** With the catalog the build is bound to. */
    public BriefCommand() { this(CatalogBinding.source()); }

    /** With an explicit source of courses of action. */
    public BriefCommand(CourseOfActionSource source) { this.source = source; }

    @Override
    public Integer call() {
        t = lang.messages();
        if (!format.equals("text") && !format.equals("json")) throw new BadInputException(t.get("brief.err.format", format));
        if (ensemble < 0) throw new BadInputException(t.get("err.at_least", "--ensemble", 0, ensemble));
        if (catalogDir != null) source = CatalogBinding.source(catalogDir);
        List<CourseOfAction> catalog;
        try {
            catalog = t.localizer().courses(source.load()); // texts in the chosen language; ids, levers and numbers unchanged
        } catch (CourseOfActionSource.Unavailable e) {
            throw new BadInputException(e.getMessage());
        }
        List<CourseOfAction> chosen = select(catalog);
        ComparisonOptions options = BriefingComputation.options(seed);
        CriterionWeights weights = CriterionWeights.defaults();
        ComparisonAssessment a;
        try {
            a = BriefingComputation.assess(chosen, seed); // the one computation, shared with GET /api/briefing
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        ComparisonEnsembleResult ens = ensemble == 0 ? null : CompareEnsemble.run(options, chosen, weights, ensemble, threads, Distributions.DEFAULT, seed);
        Briefing b = briefing(a, ens, t);
        PrintWriter w = spec.commandLine().getOut();
        w.print(format.equals("json") ? BriefingJson.of(b, t) : BriefingText.render(b, t));
        w.flush();
        return 0;
    }

    /** The briefing of an assessed comparison with the bundled lever evidence tables, knowledge base and known misses. */
    static Briefing briefing(ComparisonAssessment a, ComparisonEnsembleResult ens) {
        return briefing(a, ens, org.cartellab.app.i18n.Messages.english());
    }

    /** As above with the known misses in the language of {@code t} (the report's, for {@code compare --lang es}). */
    static Briefing briefing(ComparisonAssessment a, ComparisonEnsembleResult ens, org.cartellab.app.i18n.Messages t) {
        return BriefingComputation.briefing(a, ens, t);
    }

    private List<CourseOfAction> select(List<CourseOfAction> catalog) {
        try {
            return BriefingComputation.select(catalog, ids, t); // the one selection, shared with GET /api/briefing
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
