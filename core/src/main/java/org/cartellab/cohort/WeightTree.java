package org.cartellab.cohort;

/** A Fenwick tree over non-negative real weights: pick a bin with probability proportional to its weight. */
final class WeightTree {
    private final double[] tree;
    private int size;

    WeightTree(int capacity) { tree = new double[capacity + 1]; }

    /** Rebuilds over {@code weights[0 .. n - 1]} in O(n). */
    void build(double[] weights, int n) {
        size = n;
        for (int i = 1; i <= n; i++) tree[i] = weights[i - 1];
        for (int i = 1; i <= n; i++) {
            int j = i + (i & -i);
            if (j <= n) tree[j] += tree[i];
        }
    }

    void add(int pos, double delta) {
        for (int i = pos + 1; i <= size; i += i & -i) tree[i] += delta;
    }

    /** The position whose cumulative range contains {@code u}; may be {@code size} when rounding puts u past the end. */
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
