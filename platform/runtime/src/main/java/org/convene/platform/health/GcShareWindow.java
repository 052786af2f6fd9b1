package org.convene.platform.health;

/**
 * The share of wall time spent in garbage collection over a sliding window of samples, each a pair (monotonic time,
 * total collection time so far). Not thread-safe: {@link ServingLivenessCheck} feeds it from one timer.
 */
final class GcShareWindow {

    private final long[] nanos;
    private final long[] gcMillis;
    private int next;
    private int size;

    /** A window of {@code samples} samples (at least 2): with one sample a second, {@code samples - 1} seconds. */
    GcShareWindow(int samples) {
        nanos = new long[Math.max(2, samples)];
        gcMillis = new long[nanos.length];
    }

    /** Adds a sample and returns the share (0..1) over the window, or 0 until the window is full. */
    double add(long nowNanos, long totalGcMillis) {
        nanos[next] = nowNanos;
        gcMillis[next] = totalGcMillis;
        next = (next + 1) % nanos.length;
        size = Math.min(size + 1, nanos.length);
        if (size < nanos.length) {
            return 0;
        }
        int oldest = next; // the slot written longest ago, overwritten by the next sample
        double elapsedMillis = (nowNanos - nanos[oldest]) / 1e6;
        return elapsedMillis <= 0 ? 0 : Math.min(1, (totalGcMillis - gcMillis[oldest]) / elapsedMillis);
    }
}
