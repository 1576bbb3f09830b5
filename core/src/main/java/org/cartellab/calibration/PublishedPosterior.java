package org.cartellab.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cartellab.data.BundledData;
import org.cartellab.data.YamlNodes;
import org.cartellab.network.ConflictNetwork;
import org.cartellab.network.NetworkParameters;
import org.cartellab.progress.ProgressListener;

/**
 * The calibration posterior the product ships and every ensemble draws from by default: four chains of adaptive
 * Metropolis on the bundled 2012-2021 series (yearly Gaussian errors, uniform priors on the paper's bounds), seed
 * {@value #SEED}, each with {@value #BURN_IN} burn-in iterations then {@value #DRAWS_PER_CHAIN} kept draws, one every
 * {@value #THIN} iterations (50,000 post-burn-in iterations in all). Chain 0 starts at the published parameters,
 * chains 1-3 at uniform points of the prior box (see {@link CalibrationPosterior#sample}).
 *
 * <p>Sampling costs about 21,000 engine runs (about 10 s of CPU), too slow to repeat at every start of
 * {@code compare --ensemble}, so the draws are stored in {@value #RESOURCE} (format: {@link PosteriorDraws}) and read
 * in about 0.1 s. {@link #generate()} recomputes them with exactly these settings; a slow test checks that the result
 * equals the stored file bit for bit, so the resource cannot drift from the code and data that made it. Regenerate
 * the file after changing the data, the engine or the sampler with
 * {@code cartel-lab calibrate --publish-posterior core/src/main/resources/org/cartellab/calibration/}.
 */
public final class PublishedPosterior {
    public static final long SEED = 1;
    public static final int CHAINS = 4;
    public static final int BURN_IN = 2000;
    public static final int DRAWS_PER_CHAIN = 1250;
    public static final int THIN = 10;
    /** Class-path resource next to this class. */
    public static final String RESOURCE = "posterior-2012-2021.csv";
    /** Its provenance: the settings, the data values it was fitted to, acceptance rate and engine runs. */
    public static final String PROVENANCE = "posterior-2012-2021.yaml";
    private static final Set<String> PROVENANCE_KEYS = Set.of("description", "seed", "chains", "burn_in",
            "draws_per_chain", "thin", "start", "tolerances", "data", "target_casualties_per_week", "acceptance_rate", "engine_runs",
            "regenerate");

    private PublishedPosterior() {}

    private static final class Holder { static final CalibrationPosterior VALUE = read(); }

    /** The sampler's settings. */
    public static PosteriorOptions options() {
        return PosteriorOptions.DEFAULT.withSeed(SEED).withChains(CHAINS).withBurnIn(BURN_IN).withDraws(DRAWS_PER_CHAIN).withThin(THIN);
    }

    /** The calibration problem the posterior belongs to: the bundled 2012-2021 series, the paper's bounds. */
    public static CalibrationProblem problem() {
        return CalibrationProblem.paper(ConflictNetwork.of(BundledData.network()), CalibrationTarget.fromTrends(BundledData.trends()));
    }

    /** Runs the sampler with the published settings (about 10 s of CPU on two cores). */
    public static CalibrationPosterior generate(ProgressListener progress) {
        CalibrationProblem problem = problem();
        return CalibrationPosterior.sample(problem, problem.bounds().toScaled(NetworkParameters.REFERENCE), options(), progress);
    }

    /** The shipped draws, read once per JVM. */
    public static CalibrationPosterior load() { return Holder.VALUE; }

    private static CalibrationPosterior read() {
        try (InputStream in = PublishedPosterior.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("published posterior missing from the class path: " + RESOURCE);
            PosteriorDraws.Table t = PosteriorDraws.read(RESOURCE, in);
            int n = t.draws().size();
            if (n != CHAINS * DRAWS_PER_CHAIN) {
                throw new IllegalStateException(RESOURCE + " holds " + n + " draws, the settings say " + CHAINS * DRAWS_PER_CHAIN + "; regenerate it");
            }
            int[] expectedChain = new int[n];
            for (int i = 0; i < n; i++) expectedChain[i] = i / DRAWS_PER_CHAIN;
            if (!Arrays.equals(expectedChain, t.chain())) throw new IllegalStateException(RESOURCE + ": chains are not " + CHAINS + " blocks of " + DRAWS_PER_CHAIN);
            double[] stats = checkProvenance();
            int observations = BundledData.trends().size();
            return CalibrationPosterior.fromDraws(ParameterBounds.PAPER, t.draws(), t.logLikelihood(), observations, CHAINS, BURN_IN, THIN,
                    stats[0], (int) stats[1]);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The provenance file for a freshly generated posterior (YAML; numbers exact). */
    public static String provenance(CalibrationPosterior p) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Provenance of ").append(RESOURCE).append(" (written by cartel-lab calibrate --publish-posterior; do not edit by hand)\n");
        sb.append("description: calibration posterior of the network model, yearly Gaussian errors (sigma integrated out), uniform priors on the paper's bounds\n");
        sb.append("seed: ").append(SEED).append('\n');
        sb.append("chains: ").append(CHAINS).append('\n');
        sb.append("burn_in: ").append(BURN_IN).append('\n');
        sb.append("draws_per_chain: ").append(DRAWS_PER_CHAIN).append('\n');
        sb.append("thin: ").append(THIN).append('\n');
        sb.append("start: chain 0 at the published parameters (docs/models.md), chains 1-3 uniform in the prior box from their own streams (RunStreams.forRun(seed, chain))\n");
        sb.append("tolerances: engine relative ").append(options().tolerances().relative()).append(", absolute ").append(options().tolerances().absolute()).append('\n');
        sb.append("data: Trends2012_2021.csv (10 % of (homicides + missing persons)/52, 2012-2021)\n");
        sb.append("target_casualties_per_week: [");
        double[] k = problem().target().knotCasualties();
        for (int i = 0; i < k.length; i++) sb.append(i == 0 ? "" : ", ").append(k[i]);
        sb.append("]\n");
        sb.append("acceptance_rate: ").append(p.acceptanceRate()).append('\n');
        sb.append("engine_runs: ").append(p.evaluations()).append('\n');
        sb.append("regenerate: cartel-lab calibrate --publish-posterior core/src/main/resources/org/cartellab/calibration/\n");
        return sb.toString();
    }

    /** Checks the provenance file against the settings and the bundled data; returns {acceptance rate, engine runs}. */
    private static double[] checkProvenance() throws IOException {
        String text;
        try (InputStream in = PublishedPosterior.class.getResourceAsStream(PROVENANCE)) {
            if (in == null) throw new IllegalStateException("published posterior provenance missing from the class path: " + PROVENANCE);
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        YamlNodes y = new YamlNodes(PROVENANCE);
        org.yaml.snakeyaml.nodes.Node root = y.compose(text);
        Map<String, org.yaml.snakeyaml.nodes.Node> f = y.fields(y.mapping(root, "(document)"), "", PROVENANCE_KEYS);
        long[][] expected = {{SEED, y.integer(f.get("seed"), "seed", 0, Integer.MAX_VALUE)}, {CHAINS, y.integer(f.get("chains"), "chains", 1, 64)},
                {BURN_IN, y.integer(f.get("burn_in"), "burn_in", 0, Integer.MAX_VALUE)},
                {DRAWS_PER_CHAIN, y.integer(f.get("draws_per_chain"), "draws_per_chain", 1, Integer.MAX_VALUE)},
                {THIN, y.integer(f.get("thin"), "thin", 1, Integer.MAX_VALUE)}};
        for (long[] e : expected) {
            if (e[0] != e[1]) throw new IllegalStateException(PROVENANCE + " records settings that differ from PublishedPosterior's; regenerate the draws");
        }
        List<org.yaml.snakeyaml.nodes.Node> values = y.sequence(f.get("target_casualties_per_week"), "target_casualties_per_week");
        double[] data = problem().target().knotCasualties();
        if (values.size() != data.length) throw new IllegalStateException(PROVENANCE + " was made from other data; regenerate the draws");
        for (int i = 0; i < data.length; i++) {
            if (y.number(values.get(i), "target_casualties_per_week", 0, 1e9) != data[i]) {
                throw new IllegalStateException(PROVENANCE + " was made from other data (year " + (2012 + i) + "); regenerate the draws");
            }
        }
        return new double[] {y.number(f.get("acceptance_rate"), "acceptance_rate", 0, 1), y.integer(f.get("engine_runs"), "engine_runs", 0, Integer.MAX_VALUE)};
    }
}
