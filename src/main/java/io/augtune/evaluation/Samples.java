package io.augtune.evaluation;

/** Input checks and ordering helpers shared by the metrics. */
final class Samples {

    private Samples() {
    }

    /** Scores and labels must pair up and scores must be finite, so every metric fails loudly on bad input. */
    static void check(double[] scores, boolean[] labels) {
        if (scores.length != labels.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + labels.length + " labels");
        }
        checkFinite(scores);
    }

    static void checkFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("scores must be finite, found " + v);
            }
        }
    }

    static int countTrue(boolean[] labels) {
        int count = 0;
        for (boolean label : labels) {
            if (label) {
                count++;
            }
        }
        return count;
    }

    /** Indices that sort {@code values} ascending; stable (equal values keep index order). O(n log n) merge sort. */
    static int[] ascendingOrder(double[] values) {
        int n = values.length;
        int[] order = new int[n];
        int[] buffer = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int width = 1; width < n; width *= 2) {
            for (int start = 0; start < n; start += 2 * width) {
                merge(values, order, buffer, start, Math.min(start + width, n), Math.min(start + 2 * width, n));
            }
            int[] swap = order;
            order = buffer;
            buffer = swap;
        }
        return order;
    }

    private static void merge(double[] values, int[] from, int[] to, int start, int middle, int end) {
        int left = start;
        int right = middle;
        for (int out = start; out < end; out++) {
            boolean takeLeft = right >= end || (left < middle && values[from[left]] <= values[from[right]]);
            to[out] = takeLeft ? from[left++] : from[right++];
        }
    }

    /** Ranks 1..n of the values; tied values share the average of the ranks they span. */
    static double[] averageRanks(double[] values) {
        int[] order = ascendingOrder(values);
        double[] ranks = new double[values.length];
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            while (end < order.length && values[order[end]] == values[order[start]]) {
                end++;
            }
            double average = (start + 1 + end) / 2.0;
            for (int i = start; i < end; i++) {
                ranks[order[i]] = average;
            }
            start = end;
        }
        return ranks;
    }
}
