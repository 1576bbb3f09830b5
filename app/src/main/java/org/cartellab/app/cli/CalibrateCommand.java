package org.cartellab.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.cartellab.calibration.CalibrationFit;
import org.cartellab.calibration.CalibrationPosterior;
import org.cartellab.calibration.CalibrationProblem;
import org.cartellab.calibration.CalibrationTarget;
import org.cartellab.calibration.Calibrator;
import org.cartellab.calibration.FitOptions;
import org.cartellab.calibration.FitStatistics;
import org.cartellab.calibration.Identifiability;
import org.cartellab.calibration.ParameterBounds;
import org.cartellab.calibration.PosteriorDraws;
import org.cartellab.calibration.PosteriorOptions;
import org.cartellab.calibration.PublishedPosterior;
import org.cartellab.calibration.PosteriorSummary;
import org.cartellab.data.BundledData;
import org.cartellab.model.ModelClock;
import org.cartellab.validation.ExtendedCalibration;
import org.cartellab.validation.StatusQuoOutcomes;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cartel-lab calibrate}: refits the network model to the national series and reports how well the data pin it down. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Fit the network model's five parameters to weekly cartel casualties (10 %% of homicides plus",
                "missing persons, 2012-2021, through a natural cubic spline) by bounded least squares within the",
                "paper's bounds; report RMSE, R^2, a yearly table, which parameters the data pin down, and optionally",
                "a posterior sample of the parameters."})
public final class CalibrateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--with-arrests", description = "Also fit 5 %% of arrests/52 against the incapacitation flow (the paper did not).")
    boolean withArrests;

    @Option(names = "--starts", paramLabel = "N", defaultValue = "4", description = "Optimiser starts (default ${DEFAULT-VALUE}).")
    int starts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed for the starts and the posterior sampler (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Write calibration.json and fit.csv (and posterior.csv) there.")
    Path out;

    @picocli.CommandLine.Mixin
    ForceOption force = new ForceOption();

    private org.cartellab.app.output.OutputTarget outTarget;

    @Option(names = "--posterior", paramLabel = "N", defaultValue = "0",
            description = "Also draw N posterior samples per chain by adaptive Metropolis (0 = skip; 2000 takes a few seconds).")
    int posteriorDraws;

    @Option(names = "--chains", paramLabel = "M", defaultValue = "1",
            description = "Posterior chains (default ${DEFAULT-VALUE}; with more than one, chains 2.. start at uniform points of the box and split-R-hat is meaningful).")
    int chains;

    @Option(names = "--thin", paramLabel = "T", defaultValue = "1", description = "Keep every T-th posterior iteration (default ${DEFAULT-VALUE}).")
    int thin;

    @Option(names = "--through", paramLabel = "YEAR",
            description = "Recalibrate on 2012-YEAR of the extended national series (after 2021 a homicide-based proxy, ASSUMPTION; "
                    + "docs/validation.md) as an option beside the published parameters, which stay the default everywhere; "
                    + "prints the status-quo outcomes under both.")
    Integer through;

    @Option(names = "--publish-posterior", paramLabel = "DIR",
            description = "Regenerate the published posterior (4 chains, seed 1; the draws every ensemble uses) and write "
                    + PublishedPosterior.RESOURCE + " and " + PublishedPosterior.PROVENANCE + " into DIR; nothing else is computed.")
    Path publishPosterior;

    @Override
    public Integer call() {
        if (publishPosterior != null) return publish(publishPosterior);
        if (chains < 1 || chains > 64) throw new BadInputException(msg().get("calibrate.err_chains", chains));
        if (thin < 1 || thin > 1000) throw new BadInputException(msg().get("calibrate.err_thin", thin));
        if (starts < 1 || starts > 1000) throw new BadInputException(msg().get("calibrate.err_starts", starts));
        if (posteriorDraws < 0 || (posteriorDraws > 0 && posteriorDraws < 10) || posteriorDraws > 1_000_000) {
            throw new BadInputException(msg().get("calibrate.err_posterior", posteriorDraws));
        }
        outTarget = out == null ? null : org.cartellab.app.output.OutputTarget.directory(out, force.force, "--out"); // checked before any work
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // on a terminal the redrawn line needs its carriage return, which the command's filtered stderr drops; the text is ours, not input
        StageProgress stages = StageProgress.terminal() ? new StageProgress(new PrintWriter(System.err, true), true) : new StageProgress(err, false);
        ProgressListener progress = p -> stages.update(p.stage(), p.done(), p.total());

        ConflictNetwork network = ConflictNetwork.of(BundledData.network());
        CalibrationTarget target;
        if (through == null) {
            target = CalibrationTarget.fromTrends(BundledData.trends());
        } else {
            if (withArrests) throw new BadInputException(msg().get("calibrate.err_through_arrests"));
            try {
                target = ExtendedCalibration.target(BundledData.national(), through);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--through " + through + ": " + e.getMessage());
            }
        }
        CalibrationProblem problem = CalibrationProblem.paper(network, target).withArrests(withArrests);
        ParameterBounds bounds = problem.bounds();

        CalibrationFit fit = new Calibrator().fit(problem, FitOptions.DEFAULT.withStarts(starts).withSeed(seed), progress);
        CalibrationFit reference = Calibrator.summarise(problem, bounds.toScaled(NetworkParameters.REFERENCE), List.of(), 1);
        Identifiability id = Identifiability.at(problem, fit.scaled(), Identifiability.DEFAULT_STEP, target.knotWeeks().length);
        CalibrationPosterior posterior = null;
        if (posteriorDraws > 0) {
            PosteriorOptions po = PosteriorOptions.DEFAULT.withDraws(posteriorDraws)
                    .withBurnIn(Math.max(1000, posteriorDraws / 2)).withSeed(seed).withChains(chains).withThin(thin);
            posterior = CalibrationPosterior.sample(problem, fit.scaled(), po, progress);
        }

        print(o, target, fit, reference, id, posterior);
        List<StatusQuoOutcomes> both = null;
        if (through != null) {
            both = List.of(StatusQuoOutcomes.of("published (2012-2021)", network, NetworkParameters.REFERENCE),
                    StatusQuoOutcomes.of(label(), network, fit.parameters()));
            printBoth(o, both);
        }
        if (out != null) write(out, target, fit, reference, id, posterior, both);
        o.flush();
        return 0;
    }

    private void print(PrintWriter o, CalibrationTarget target, CalibrationFit fit, CalibrationFit reference,
                       Identifiability id, CalibrationPosterior posterior) {
        ParameterBounds b = ParameterBounds.PAPER;
        org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
        o.println(m.get("calibrate.title"));
        o.println(m.get(withArrests ? "calibrate.fitted_arrests" : "calibrate.fitted"));
        o.println(m.get("calibrate.series", org.cartellab.app.i18n.CoreTexts.calibration(target.description(), m)));
        int last = target.weeks() - 1;
        o.println(m.get("calibrate.alignment", org.cartellab.app.i18n.CoreTexts.calibration(target.alignment(), m),
                (int) Math.ceil(target.knotWeeks()[target.knotWeeks().length - 1]), last));
        o.println(m.get("calibrate.method", starts, seed, fit.evaluations()));
        o.println();
        o.printf(Locale.ROOT, "%-16s %13s %13s %13s %13s  %s%n", m.get("calibrate.col.parameter"), m.get("calibrate.col.fitted"), m.get("calibrate.col.lower"),
                m.get("calibrate.col.upper"), m.get("calibrate.col.paper"), "");
        double[] p = fit.parameters().toArray();
        double[] lo = b.lower().toArray();
        double[] hi = b.upper().toArray();
        double[] ref = NetworkParameters.REFERENCE.toArray();
        for (int i = 0; i < p.length; i++) {
            String flag = fit.atLower()[i] ? m.get("calibrate.at_lower") : fit.atUpper()[i] ? m.get("calibrate.at_upper") : "";
            o.printf(Locale.ROOT, "%-16s %13.6g %13.6g %13.6g %13.6g  %s%n", NetworkParameters.NAMES.get(i), p[i], lo[i], hi[i], ref[i], flag);
        }
        o.println();
        o.printf(Locale.ROOT, "%-22s %14s %10s %8s%n", "", m.get("calibrate.col.loss"), "RMSE", "R^2");
        o.printf(Locale.ROOT, "%-22s %14.2f %10.4f %8.4f%n", m.get("calibrate.our_optimum"), fit.loss(), fit.casualties().rmse(), fit.casualties().rSquared());
        o.printf(Locale.ROOT, "%-22s %14.2f %10.4f %8.4f%n", m.get("calibrate.papers_parameters"), reference.loss(), reference.casualties().rmse(), reference.casualties().rSquared());
        if (withArrests) {
            FitStatistics a = fit.arrests();
            o.println(m.get("calibrate.arrests", a.rmse(), a.rSquared()));
        }
        o.println(m.get("calibrate.rmse_note", target.weeks()));
        o.println();
        o.println(m.get("calibrate.yearly"));
        o.printf(Locale.ROOT, "%6s %8s %10s %10s %10s%n", m.get("calibrate.col.year"), m.get("calibrate.col.week"), m.get("calibrate.col.data"),
                m.get("calibrate.col.fitted"), m.get("calibrate.col.paper"));
        double[] kw = target.knotWeeks();
        double[] kc = target.knotCasualties();
        for (int j = 0; j < kw.length; j++) {
            o.printf(Locale.ROOT, "%6d %8.1f %10.2f %10.2f %10.2f%n", 2012 + j, kw[j], kc[j],
                    fit.fitted().casualtiesAt(kw[j]), reference.fitted().casualtiesAt(kw[j]));
        }
        o.println();
        o.println(m.get("calibrate.identifiability", target.knotWeeks().length));
        o.printf(Locale.ROOT, "%14s %10s  %s%n", m.get("calibrate.col.eigenvalue"), m.get("calibrate.col.sd_along"), m.get("calibrate.col.direction"));
        for (int k = 0; k < id.eigenvalues().length; k++) {
            double sd = id.directionSd(k);
            String sdText = sd > 1 ? "> 1" : String.format(Locale.ROOT, "%.3g", sd);
            o.printf(Locale.ROOT, "%14.4g %10s  %s%n", id.eigenvalues()[k], sdText, id.describeDirection(k));
        }
        o.println(m.get("calibrate.pinned", String.join(", ", id.wellDetermined())));
        o.println(m.get("calibrate.not_pinned", id.poorlyDetermined().isEmpty() ? m.get("common.none") : String.join(", ", id.poorlyDetermined())));
        o.println(m.get("calibrate.condition", id.conditionNumber(), Identifiability.POORLY_DETERMINED));
        if (posterior != null) {
            PosteriorSummary s = posterior.summary();
            o.println();
            o.println(m.get("calibrate.posterior", org.cartellab.app.i18n.CoreTexts.calibration(posterior.description(), m)));
            o.println(m.get("calibrate.posterior_stats", s.acceptanceRate(), posterior.evaluations(), s.residualSd(), s.draws(), s.distinctDraws()));
            o.printf(Locale.ROOT, "%-16s %13s %13s %13s %13s %8s %8s%n", m.get("calibrate.col.parameter"), m.get("calibrate.col.mean"), m.get("calibrate.col.median"),
                    "2.5 %", "97.5 %", "ESS", "R-hat");
            for (int i = 0; i < s.names().size(); i++) {
                o.printf(Locale.ROOT, "%-16s %13.6g %13.6g %13.6g %13.6g %8.0f %8.4f%n", s.names().get(i), s.mean()[i], s.median()[i],
                        s.lower95()[i], s.upper95()[i], s.effectiveSampleSize()[i], s.rhat()[i]);
            }
            o.println(m.get("calibrate.ess_note", s.chains()));
            o.println(m.get("calibrate.correlations"));
            for (int i = 0; i < s.names().size(); i++) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s", s.names().get(i)));
                for (double c : s.correlation()[i]) row.append(String.format(Locale.ROOT, " %6.2f", c));
                o.println(row);
            }
        }
    }

    private org.cartellab.app.i18n.Messages msg() { return org.cartellab.app.i18n.Messages.of(LangOption.of(spec)); }

    private String label() { return "recalibrated-" + through; }

    private void printBoth(PrintWriter o, List<StatusQuoOutcomes> both) {
        org.cartellab.app.i18n.Messages m = org.cartellab.app.i18n.Messages.of(LangOption.of(spec));
        o.println();
        o.println(m.get("calibrate.both"));
        o.printf(Locale.ROOT, "%-24s %12s %12s %9s %12s %12s %9s%n", m.get("calibrate.col.parameters"), m.get("calibrate.col.members", 2022),
                m.get("calibrate.col.members", 2027), m.get("run.change"), m.get("calibrate.col.cas", 2022), m.get("calibrate.col.cas", 2027), m.get("run.change"));
        for (StatusQuoOutcomes s : both) {
            o.printf(Locale.ROOT, "%-24s %,12.0f %,12.0f %+8.1f%% %12.1f %12.1f %+8.1f%%%n", s.label(), s.members2022(), s.members2027(),
                    s.membersChangePct(), s.casualties2022(), s.casualties2027(), s.casualtiesChangePct());
        }
        o.println(m.get("calibrate.both_note", label()));
    }

    /** A scenario file (format v1) with the recalibrated parameters, for {@code cartel-lab run}. */
    private String scenarioYaml(CalibrationFit fit) {
        StringBuilder b = new StringBuilder("# " + label() + ": calibrate --through " + through + " (seed " + seed + "); ASSUMPTION after 2021: "
                + "homicide-based proxy (docs/validation.md). The published parameters remain the product's default.\n");
        b.append("name: Status quo with ").append(label()).append(" parameters\nmodel: network\nweeks: 780\nseed: ").append(seed).append("\nparameters:\n");
        double[] v = fit.parameters().toArray();
        for (int i = 0; i < v.length; i++) b.append("  ").append(NetworkParameters.NAMES.get(i)).append(": ").append(v[i]).append('\n');
        return b.toString();
    }

    private void write(Path dir, CalibrationTarget target, CalibrationFit fit, CalibrationFit reference, Identifiability id,
                       CalibrationPosterior posterior, List<StatusQuoOutcomes> both) {
        outTarget.write(tmp -> {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            Map<String, Object> rep = report(target, fit, reference, id, posterior);
            if (both != null) {
                rep.put("through", through);
                rep.put("label", label());
                List<Map<String, Object>> rows = new ArrayList<>();
                for (StatusQuoOutcomes s : both) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("parameters_label", s.label());
                    m.put("parameters", s.parameters().asMap());
                    m.put("members_2022", s.members2022());
                    m.put("members_2027", s.members2027());
                    m.put("casualties_per_week_2022", s.casualties2022());
                    m.put("casualties_per_week_2027", s.casualties2027());
                    rows.add(m);
                }
                rep.put("status_quo_under_both", rows);
            }
            json.writeValue(tmp.resolve("calibration.json").toFile(), rep);
            Files.writeString(tmp.resolve("fit.csv"), fitCsv(target, fit));
            if (posterior != null) Files.writeString(tmp.resolve("posterior.csv"), posteriorCsv(posterior));
            if (both != null) Files.writeString(tmp.resolve(label() + ".yaml"), scenarioYaml(fit));
        });
    }

    private String fitCsv(CalibrationTarget target, CalibrationFit fit) {
        StringBuilder sb = new StringBuilder(withArrests ? "week,date,target,fitted,target_arrests,fitted_incapacitations\n" : "week,date,target,fitted\n");
        double[] t = target.casualties();
        double[] f = fit.fitted().casualties();
        double[] ta = target.arrests();
        double[] fi = fit.fitted().incapacitations();
        for (int k = 0; k < t.length; k++) {
            sb.append(k).append(',').append(ModelClock.NETWORK.dateOf(k)).append(',')
                    .append(num(t[k])).append(',').append(num(f[k]));
            if (withArrests) sb.append(',').append(num(ta[k])).append(',').append(num(fi[k]));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String posteriorCsv(CalibrationPosterior posterior) { return PosteriorDraws.csv(posterior); }

    /** Regenerates the published posterior and writes its two files (atomically) into {@code dir}. */
    private Integer publish(Path dir) {
        // the output rule: the resource folder holds other files, so replacing the two resources needs --force
        org.cartellab.app.output.OutputTarget publishTarget = org.cartellab.app.output.OutputTarget.directory(dir, force.force, "--publish-posterior");
        PrintWriter o = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        CalibrationPosterior p = PublishedPosterior.generate(pr -> {
            if (pr.done() % 5000 == 0 || pr.done() == pr.total()) {
                System.err.printf(Locale.ROOT, "%s (chain 1 of %d): %d/%d%n", pr.stage(), PublishedPosterior.CHAINS, pr.done(), pr.total());
            }
        });
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PublishedPosterior.RESOURCE, PosteriorDraws.csv(p));
        files.put(PublishedPosterior.PROVENANCE, PublishedPosterior.provenance(p));
        publishTarget.write(files);
        PosteriorSummary s = p.summary();
        o.printf(Locale.ROOT, "published posterior: %s%n", p.description());
        o.printf(Locale.ROOT, "%,d draws (%,d distinct), acceptance %.3f, %,d engine runs, %.1f s%n", s.draws(), s.distinctDraws(),
                s.acceptanceRate(), p.evaluations(), (System.nanoTime() - t0) / 1e9);
        for (int i = 0; i < s.names().size(); i++) {
            o.printf(Locale.ROOT, "%-16s ESS %6.0f  R-hat %.4f%n", s.names().get(i), s.effectiveSampleSize()[i], s.rhat()[i]);
        }
        o.println("wrote " + dir.resolve(PublishedPosterior.RESOURCE) + " and " + PublishedPosterior.PROVENANCE);
        o.flush();
        return 0;
    }

    private static String num(double v) { return String.format(Locale.ROOT, "%.10g", v); }

    private Map<String, Object> report(CalibrationTarget target, CalibrationFit fit, CalibrationFit reference,
                                       Identifiability id, CalibrationPosterior posterior) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("target", target.description());
        r.put("alignment", target.alignment());
        r.put("with_arrests", withArrests);
        r.put("seed", seed);
        r.put("starts", starts);
        r.put("bounds", Map.of("lower", ParameterBounds.PAPER.lower().asMap(), "upper", ParameterBounds.PAPER.upper().asMap()));
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("parameters", fit.parameters().asMap());
        f.put("scaled", fit.scaled());
        List<String> lower = new ArrayList<>();
        List<String> upper = new ArrayList<>();
        for (int i = 0; i < fit.scaled().length; i++) {
            if (fit.atLower()[i]) lower.add(NetworkParameters.NAMES.get(i));
            if (fit.atUpper()[i]) upper.add(NetworkParameters.NAMES.get(i));
        }
        f.put("at_lower_bound", lower);
        f.put("at_upper_bound", upper);
        f.put("loss", fit.loss());
        f.put("rmse", fit.casualties().rmse());
        f.put("r_squared", fit.casualties().rSquared());
        if (fit.arrests() != null && withArrests) {
            f.put("arrests_rmse", fit.arrests().rmse());
            f.put("arrests_r_squared", fit.arrests().rSquared());
        }
        f.put("engine_runs", fit.evaluations());
        List<Map<String, Object>> st = new ArrayList<>();
        for (CalibrationFit.Start s : fit.starts()) {
            st.add(Map.of("from", s.from(), "to", s.to(), "loss", s.loss(), "evaluations", s.evaluations(), "converged", s.converged()));
        }
        f.put("starts", st);
        r.put("fit", f);
        r.put("paper_parameters", Map.of("parameters", NetworkParameters.REFERENCE.asMap(), "loss", reference.loss(),
                "rmse", reference.casualties().rmse(), "r_squared", reference.casualties().rSquared()));
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("method", "Gauss-Newton curvature 2 J^T J of the loss in scaled coordinates, central differences, step " + id.step());
        i.put("effective_observations", id.effectiveObservations());
        i.put("gradient", id.gradient());
        i.put("eigenvalues", id.eigenvalues());
        i.put("eigenvectors", id.eigenvectors());
        List<Double> dsd = new ArrayList<>();
        for (int k = 0; k < id.eigenvalues().length; k++) dsd.add(id.directionSd(k));
        i.put("sd_along_eigenvectors", dsd);
        i.put("conditional_sd_scaled", id.conditionalSd());
        i.put("well_determined", id.wellDetermined());
        i.put("poorly_determined", id.poorlyDetermined());
        r.put("identifiability", i);
        if (posterior != null) {
            PosteriorSummary s = posterior.summary();
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("description", posterior.description());
            p.put("error_model", "yearly values, independent Gaussian errors, common variance integrated out (Jeffreys prior); uniform priors on the bounds");
            p.put("draws", s.draws());
            p.put("acceptance_rate", s.acceptanceRate());
            p.put("engine_runs", posterior.evaluations());
            p.put("names", s.names());
            p.put("mean", s.mean());
            p.put("median", s.median());
            p.put("lower95", s.lower95());
            p.put("upper95", s.upper95());
            p.put("chains", s.chains());
            p.put("distinct_draws", s.distinctDraws());
            p.put("effective_sample_size", s.effectiveSampleSize());
            p.put("split_rhat", s.rhat());
            p.put("correlation", s.correlation());
            p.put("residual_sd_median", s.residualSd());
            r.put("posterior", p);
        }
        return r;
    }
}
