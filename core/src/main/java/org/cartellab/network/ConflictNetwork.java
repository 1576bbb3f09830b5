package org.cartellab.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cartellab.data.Cartel;
import org.cartellab.data.Edge;
import org.cartellab.data.NetworkData;

/**
 * The symmetrised rivalry and alliance structure of the network model, immutable. Holds the rival matrix W in
 * compressed sparse rows and the alliance strengths A, so that the conflict term
 * {@code (K C)_i = ((W C)_i + T - C_i) / (A_i + 1)} costs O(cartels + edges), never a dense product.
 */
public final class ConflictNetwork {
    private final List<Cartel> cartels;
    private final int[] rowStart;
    private final int[] column;
    private final double[] weight;
    private final int[] allianceStart;
    private final int[] allianceColumn;
    private final double[] allianceWeight;
    private final double[] rivalStrength;
    private final double[] allianceStrength;
    private final double[] inverseAlliancePlusOne;
    private final int[] rank;
    /** Rivalry pairs i < j with their weight: the hot loops run over these, with no per-row loop overhead. */
    private final int[] pairFirst;
    private final int[] pairSecond;
    private final double[] pairWeight;
    /** {@code W_ij (1/(A_i+1) + 1/(A_j+1))} per pair: pair (i,j)'s share of {@code sum_i C_i (K C)_i}. */
    private final double[] pairConflictWeight;

    private ConflictNetwork(List<Cartel> cartels, double[][] rivals, double[][] alliances) {
        this(cartels, toSparse(rivals), toSparse(alliances));
    }

    private ConflictNetwork(List<Cartel> cartels, Sparse rivals, Sparse alliances) {
        int n = cartels.size();
        this.cartels = List.copyOf(cartels);
        this.rowStart = rivals.start;
        this.column = rivals.col;
        this.weight = rivals.w;
        this.allianceStart = alliances.start;
        this.allianceColumn = alliances.col;
        this.allianceWeight = alliances.w;
        this.rivalStrength = rivals.rowSums(n);
        this.allianceStrength = alliances.rowSums(n);
        this.inverseAlliancePlusOne = new double[n];
        for (int i = 0; i < n; i++) inverseAlliancePlusOne[i] = 1.0 / (allianceStrength[i] + 1.0);
        this.rank = rankByStrength(rivalStrength, allianceStrength);
        int pairs = 0;
        for (int i = 0; i < n; i++) for (int k = rowStart[i]; k < rowStart[i + 1]; k++) if (column[k] > i) pairs++;
        this.pairFirst = new int[pairs];
        this.pairSecond = new int[pairs];
        this.pairWeight = new double[pairs];
        this.pairConflictWeight = new double[pairs];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int j = column[k];
                if (j <= i) continue;
                pairFirst[p] = i;
                pairSecond[p] = j;
                pairWeight[p] = weight[k];
                pairConflictWeight[p] = weight[k] * (inverseAlliancePlusOne[i] + inverseAlliancePlusOne[j]);
                p++;
            }
        }
    }

    /** Builds the model's network from the published data: W = max(w_ij, w_ji), likewise V. */
    public static ConflictNetwork of(NetworkData data) {
        int n = data.cartels().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(data.cartels().get(i).node(), i);
        return new ConflictNetwork(data.cartels(), symmetric(data.rivalries(), index, n), symmetric(data.alliances(), index, n));
    }

    /**
     * Builds a network from symmetric weights given as maps from an index pair to a weight; used by mechanisms that
     * change the structure (e.g. a cartel splitting into factions). Both maps must be symmetric with no diagonal.
     */
    public static ConflictNetwork ofSymmetric(List<Cartel> cartels, double[][] rivals, double[][] alliances) {
        int n = cartels.size();
        if (rivals.length != n || alliances.length != n) throw new IllegalArgumentException("matrices must be " + n + " x " + n);
        for (int i = 0; i < n; i++) {
            if (rivals[i][i] != 0 || alliances[i][i] != 0) throw new IllegalArgumentException("no organisation may be its own rival or ally: " + i);
            for (int j = 0; j < n; j++) {
                if (rivals[i][j] != rivals[j][i] || alliances[i][j] != alliances[j][i]) {
                    throw new IllegalArgumentException("rivalry and alliance weights must be symmetric at " + i + "," + j);
                }
                if (rivals[i][j] < 0 || alliances[i][j] < 0) throw new IllegalArgumentException("weights must be >= 0");
            }
        }
        return new ConflictNetwork(cartels, rivals, alliances);
    }

    private static double[][] symmetric(List<Edge> edges, Map<String, Integer> index, int n) {
        double[][] m = new double[n][n];
        for (Edge e : edges) {
            int i = index.get(e.from());
            int j = index.get(e.to());
            double w = Math.max(m[i][j], e.weight());
            m[i][j] = w;
            m[j][i] = w;
        }
        return m;
    }

    private record Sparse(int[] start, int[] col, double[] w) {
        double[] rowSums(int n) {
            double[] s = new double[n];
            for (int i = 0; i < n; i++) for (int k = start[i]; k < start[i + 1]; k++) s[i] += w[k];
            return s;
        }
    }

    private static Sparse toSparse(double[][] m) {
        int n = m.length;
        int[] start = new int[n + 1];
        List<Integer> cols = new ArrayList<>();
        List<Double> ws = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            start[i] = cols.size();
            for (int j = 0; j < n; j++) {
                if (m[i][j] != 0) {
                    cols.add(j);
                    ws.add(m[i][j]);
                }
            }
        }
        start[n] = cols.size();
        return new Sparse(start, cols.stream().mapToInt(Integer::intValue).toArray(), ws.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static int[] rankByStrength(double[] r, double[] a) {
        int n = r.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        // Arrays.sort on objects is stable: ties keep file order.
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -(r[i] + a[i])));
        int[] rank = new int[n];
        for (int k = 0; k < n; k++) rank[order[k]] = k + 1;
        return rank;
    }

    /** Number of organisations. */
    public int size() { return cartels.size(); }

    public List<Cartel> cartels() { return cartels; }

    /** Number of (undirected) rivalry pairs. */
    public int rivalryPairs() { return weight.length / 2; }

    /** Number of (undirected) alliance pairs. */
    public int alliancePairs() { return allianceWeight.length / 2; }

    /** Rank by rival plus alliance strength, 1 = strongest; ties keep file order. */
    public int rank(int i) { return rank[i]; }

    public double rivalStrength(int i) { return rivalStrength[i]; }

    public double allianceStrength(int i) { return allianceStrength[i]; }

    /** Symmetric rivalry weight W_ij (0 where none). */
    public double rivalry(int i, int j) { return lookup(rowStart, column, weight, i, j); }

    /** Symmetric alliance weight V_ij (0 where none). */
    public double alliance(int i, int j) { return lookup(allianceStart, allianceColumn, allianceWeight, i, j); }

    private static double lookup(int[] start, int[] col, double[] w, int i, int j) {
        for (int k = start[i]; k < start[i + 1]; k++) if (col[k] == j) return w[k];
        return 0;
    }

    /** Dense copy of W, for mechanisms that rebuild the network (not for the hot path). */
    public double[][] rivalryMatrix() { return dense(rowStart, column, weight); }

    /** Dense copy of V, for mechanisms that rebuild the network (not for the hot path). */
    public double[][] allianceMatrix() { return dense(allianceStart, allianceColumn, allianceWeight); }

    private double[][] dense(int[] start, int[] col, double[] w) {
        int n = size();
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) for (int k = start[i]; k < start[i + 1]; k++) m[i][col[k]] = w[k];
        return m;
    }

    /** Index of the organisation with this node id, or -1. */
    public int indexOf(String node) {
        for (int i = 0; i < cartels.size(); i++) if (cartels.get(i).node().equals(node)) return i;
        return -1;
    }

    /** Indices ordered by rank (strongest first). */
    public int[] byRank() {
        int[] order = new int[size()];
        for (int i = 0; i < size(); i++) order[rank[i] - 1] = i;
        return order;
    }

    /** Initial members {@code C_i(0) = C0 (1/r_i) / sum_k 1/k}. */
    public double[] initialMembers(double total) {
        int n = size();
        double harmonic = 0;
        for (int k = 1; k <= n; k++) harmonic += 1.0 / k;
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = total / rank[i] / harmonic;
        return c;
    }

    /**
     * Writes {@code (K C)_i} into {@code out} for members {@code c} with total {@code total}.
     * K_ij = (W_ij + 1)/(A_i + 1) for i != j and K_ii = 0.
     */
    public void conflictPressure(double[] c, double total, double[] out) {
        int n = size();
        if (out.length < n || c.length < n) throw new IllegalArgumentException("need arrays of at least " + n + " entries");
        // (W C)_i from the symmetric pairs, in flat passes: most organisations have 0-2 rivals, so a loop per row
        // would spend more on loop overhead than on arithmetic.
        for (int i = 0; i < n; i++) out[i] = total - c[i];
        for (int p = 0; p < pairWeight.length; p++) {
            int i = pairFirst[p];
            int j = pairSecond[p];
            double w = pairWeight[p];
            out[i] += w * c[j];
            out[j] += w * c[i];
        }
        for (int i = 0; i < n; i++) out[i] *= inverseAlliancePlusOne[i];
    }

    /**
     * Moments for evaluating {@link #conflictTotal} on linear combinations {@code c = sum_d w_d x_d} of m fixed
     * vectors without forming c. The vectors come interleaved, {@code x_d[i] = xt[i * m + d]}; fills (row-major,
     * m x m) {@code pairs[d][e] = sum_{i<j} g_ij x_d[i] x_e[j]} (g as in conflictTotal),
     * {@code linear[d] = sum_i x_d[i]/(A_i+1)} and {@code quadratic[d][e] = sum_i x_d[i] x_e[i]/(A_i+1)}. Then
     * {@code conflictTotal(c, T) = w'(pairs)w + T w'linear - w'(quadratic)w}.
     */
    void conflictMoments(double[] xt, int m, double[] pairs, double[] linear, double[] quadratic) {
        int n = size();
        Arrays.fill(pairs, 0, m * m, 0);
        Arrays.fill(quadratic, 0, m * m, 0);
        Arrays.fill(linear, 0, m, 0);
        for (int p = 0; p < pairConflictWeight.length; p++) {
            int i = pairFirst[p] * m;
            int j = pairSecond[p] * m;
            double g = pairConflictWeight[p];
            for (int d = 0; d < m; d++) {
                double gxi = g * xt[i + d];
                int row = d * m;
                for (int e = 0; e < m; e++) pairs[row + e] += gxi * xt[j + e];
            }
        }
        for (int i = 0; i < n; i++) {
            double inv = inverseAlliancePlusOne[i];
            int base = i * m;
            for (int d = 0; d < m; d++) {
                double ix = inv * xt[base + d];
                linear[d] += ix;
                int row = d * m;
                for (int e = 0; e < m; e++) quadratic[row + e] += ix * xt[base + e];
            }
        }
    }

    /**
     * {@code sum_i C_i (K C)_i} for members {@code c} with total {@code total}: total casualties divided by theta.
     * Computed as the quadratic form {@code sum_{i<j} W_ij (1/(A_i+1) + 1/(A_j+1)) C_i C_j
     * + sum_i C_i (T - C_i)/(A_i+1)}, in O(cartels + edges) and without the vector K C.
     */
    public double conflictTotal(double[] c, double total) {
        int n = size();
        if (c.length < n) throw new IllegalArgumentException("need an array of at least " + n + " entries");
        double pairsA = 0;
        double pairsB = 0;
        int p = 0;
        for (; p + 1 < pairConflictWeight.length; p += 2) {
            pairsA += pairConflictWeight[p] * c[pairFirst[p]] * c[pairSecond[p]];
            pairsB += pairConflictWeight[p + 1] * c[pairFirst[p + 1]] * c[pairSecond[p + 1]];
        }
        if (p < pairConflictWeight.length) pairsA += pairConflictWeight[p] * c[pairFirst[p]] * c[pairSecond[p]];
        double restA = 0;
        double restB = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            restA += inverseAlliancePlusOne[i] * c[i] * (total - c[i]);
            restB += inverseAlliancePlusOne[i + 1] * c[i + 1] * (total - c[i + 1]);
        }
        if (i < n) restA += inverseAlliancePlusOne[i] * c[i] * (total - c[i]);
        return (pairsA + pairsB) + (restA + restB);
    }
}
