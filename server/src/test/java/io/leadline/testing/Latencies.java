package io.leadline.testing;

import java.util.Arrays;

/** Percentiles of request times measured in nanoseconds, as the benchmarks print them (milliseconds). */
public final class Latencies {

    private Latencies() {}

    /** The nearest-rank percentile, in nanoseconds. */
    public static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** One row: the label, then p50, p95 and p99 in milliseconds. */
    public static void print(String label, long[] nanos) {
        System.out.printf("%-46s %8.2f %8.2f %8.2f%n", label, percentile(nanos, 50) / 1e6, percentile(nanos, 95) / 1e6,
                percentile(nanos, 99) / 1e6);
    }
}
