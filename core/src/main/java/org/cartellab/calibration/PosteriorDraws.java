package org.cartellab.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cartellab.data.CsvTable;
import org.cartellab.data.DataFormatException;
import org.cartellab.network.NetworkParameters;

/**
 * The one CSV form of posterior draws, written by {@code calibrate --out} and shipped as the published posterior:
 * header {@code draw,recruitment,incapacitation,conflict,saturation,initial_members,chain,log_likelihood}, one row per
 * kept draw in chain order, numbers in Java's shortest round-trip form ({@link Double#toString}), so reading the text
 * back gives the same doubles bit for bit.
 */
public final class PosteriorDraws {
    /** The columns, in order. */
    public static final List<String> COLUMNS;

    static {
        List<String> c = new ArrayList<>();
        c.add("draw");
        c.addAll(NetworkParameters.NAMES);
        c.add("chain");
        c.add("log_likelihood");
        COLUMNS = List.copyOf(c);
    }

    /** Draws (natural units), their chain and log-likelihood, as read back. */
    public record Table(List<NetworkParameters> draws, int[] chain, double[] logLikelihood) {}

    private PosteriorDraws() {}

    public static String csv(CalibrationPosterior p) {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        int per = p.draws().size() / p.chains();
        for (int i = 0; i < p.draws().size(); i++) {
            sb.append(i);
            for (double v : p.draws().get(i).toArray()) sb.append(',').append(v);
            sb.append(',').append(i / per).append(',').append(p.logLikelihood(i)).append('\n');
        }
        return sb.toString();
    }

    /** Reads the CSV form; draws must be numbered 0, 1, 2, … and chains must not decrease. */
    public static Table read(String source, InputStream in) throws IOException {
        CsvTable t = CsvTable.read(source, in, COLUMNS.toArray(String[]::new));
        List<NetworkParameters> draws = new ArrayList<>();
        int[] chain = new int[t.rows().size()];
        double[] ll = new double[chain.length];
        int k = 0;
        for (CsvTable.Row r : t.rows()) {
            if (r.integer("draw") != k) throw r.error("draw", "expected draw " + k);
            double[] v = new double[NetworkParameters.NAMES.size()];
            for (int i = 0; i < v.length; i++) v[i] = r.number(NetworkParameters.NAMES.get(i));
            draws.add(NetworkParameters.fromArray(v));
            chain[k] = r.integer("chain");
            if (k > 0 && chain[k] < chain[k - 1]) throw r.error("chain", "chains must be stored one after the other");
            ll[k] = r.number("log_likelihood");
            k++;
        }
        if (draws.isEmpty()) throw new DataFormatException(source, 0, null, "no draws");
        return new Table(List.copyOf(draws), chain, ll);
    }
}
