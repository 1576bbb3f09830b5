package org.cartellab.cohort;

/** A Fenwick tree over non-negative whole counts: pick the bin holding the u-th person in O(log bins). */
final class CountTree {
    private final long[] tree;
    private int size;

    CountTree(int capacity) { tree = new long[capacity + 1]; }

    /** Rebuilds over {@code values[from .. from + n - 1]} in O(n). */
    void build(int[] values, int from, int n) {
        size = n;
        for (int i = 1; i <= n; i++) tree[i] = values[from + i - 1];
        for (int i = 1; i <= n; i++) {
            int j = i + (i & -i);
            if (j <= n) tree[j] += tree[i];
        }
    }

    void add(int pos, long delta) {
        for (int i = pos + 1; i <= size; i += i & -i) tree[i] += delta;
    }

    /** The position whose cumulative range contains {@code u} (0 <= u < total). */
    int find(long u) {
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
