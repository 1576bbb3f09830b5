package org.cartellab.cohort;

/**
 * A Fenwick (binary indexed) tree over non-negative weights: rebuild in O(n), change one bin and find the bin holding
 * a cumulative position in O(log n). Used for whole counts (pick the bin of the u-th person; counts are exact in a
 * double up to 2^53) and for real weights (pick a bin with probability proportional to its weight).
 */
final class FenwickTree {
    private final double[] tree;
    private int size;

    /** A tree for up to {@code capacity} bins. */
    FenwickTree(int capacity) { tree = new double[capacity + 1]; }

    /** Rebuilds over the whole counts {@code values[from .. from + n - 1]} in O(n). */
    void build(int[] values, int from, int n) {
        size = n;
        for (int i = 1; i <= n; i++) tree[i] = values[from + i - 1];
        accumulate(n);
    }

    /** Rebuilds over the weights {@code weights[0 .. n - 1]} in O(n). */
    void build(double[] weights, int n) {
        size = n;
        System.arraycopy(weights, 0, tree, 1, n);
        accumulate(n);
    }

    private void accumulate(int n) {
        for (int i = 1; i <= n; i++) {
            int j = i + (i & -i);
            if (j <= n) tree[j] += tree[i];
        }
    }

    /** Adds {@code delta} to bin {@code pos} (0-based). */
    void add(int pos, double delta) {
        for (int i = pos + 1; i <= size; i += i & -i) tree[i] += delta;
    }

    /**
     * The bin whose cumulative range contains {@code u} (0 <= u < total): the first bin whose running sum exceeds
     * {@code u}. With real weights it may be {@code size} when rounding puts u past the end; callers handle that.
     */
    int find(double u) {
        int pos = 0;
        for (int step = Integer.highestOneBit(Math.max(size, 1)); step > 0; step >>= 1) {
            int next = pos + step;
            if (next <= size && tree[next] <= u) {
                pos = next;
                u -= tree[next];
            }
        }
        return pos;
    }
}
