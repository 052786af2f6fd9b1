package org.convene.bench.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** A latency distribution in microseconds (HdrHistogram, 3 significant digits); summaries in milliseconds. */
public final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(TimeUnit.MINUTES.toMicros(10), 3);

    public void recordMicros(long micros) {
        histogram.recordValue(Math.max(0, Math.min(micros, histogram.getHighestTrackableValue())));
    }

    public void recordMillis(double millis) {
        recordMicros(Math.round(millis * 1000));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    public double percentileMillis(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** {count, p50, p90, p99, max, mean} in ms, rounded to 0.1 ms. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", histogram.getTotalCount());
        if (histogram.getTotalCount() > 0) {
            summary.put("p50", round(histogram.getValueAtPercentile(50) / 1000.0));
            summary.put("p90", round(histogram.getValueAtPercentile(90) / 1000.0));
            summary.put("p99", round(histogram.getValueAtPercentile(99) / 1000.0));
            summary.put("max", round(histogram.getMaxValue() / 1000.0));
            summary.put("mean", round(histogram.getMean() / 1000.0));
        }
        return summary;
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
