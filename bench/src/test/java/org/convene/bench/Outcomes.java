package org.convene.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.convene.bench.tools.Latencies;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Per-request-name outcomes of a simulation, kept beside Gatling's own statistics so that the report can read them
 * (Gatling 3.12+ writes a binary simulation.log): status counts and a latency histogram of every answer.
 */
public final class Outcomes {

    private final Map<String, Latencies> latencies = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();

    /**
     * The request, then the recording of its outcome under the name the session gives (e.g. the step of a stepped
     * injection). {@code ok} is the status Gatling counts as OK; any other answer is a KO in Gatling's report.
     */
    public ChainBuilder timed(Function<Session, String> name, HttpRequestActionBuilder request, int ok) {
        return timed(name, request, ok, status -> {
        });
    }

    /** As above; {@code onAnswer} is told each status (0: no answer) when the answer arrives. */
    public ChainBuilder timed(Function<Session, String> name, HttpRequestActionBuilder request, int ok,
            java.util.function.IntConsumer onAnswer) {
        return exec(request.check(status().saveAs("outcomeStatus"), responseTimeInMillis().saveAs("outcomeMillis"),
                status().is(ok)))
                .exec(session -> {
                    String key = name.apply(session);
                    int status = session.contains("outcomeStatus") ? session.getInt("outcomeStatus") : 0;
                    onAnswer.accept(status);
                    statuses.computeIfAbsent(key, k -> new ConcurrentHashMap<>())
                            .computeIfAbsent(status, k -> new AtomicLong()).incrementAndGet();
                    if (status != 0 && session.contains("outcomeMillis")) {
                        latencies.computeIfAbsent(key, k -> new Latencies())
                                .recordMillis(session.getInt("outcomeMillis"));
                    }
                    return session.remove("outcomeStatus").remove("outcomeMillis");
                });
    }

    public long count(String name, int status) {
        Map<Integer, AtomicLong> byStatus = statuses.get(name);
        AtomicLong count = byStatus == null ? null : byStatus.get(status);
        return count == null ? 0 : count.get();
    }

    public Latencies latencies(String name) {
        return latencies.getOrDefault(name, new Latencies());
    }

    /** name → {statuses: {code: count}, latency: {...}}; status 0 is a request without an answer. */
    public Map<String, Object> summary() {
        Map<String, Object> all = new TreeMap<>();
        for (String name : statuses.keySet()) {
            Map<String, Object> one = new LinkedHashMap<>();
            Map<String, Long> counts = new TreeMap<>();
            statuses.get(name).forEach((status, count) -> counts.put(String.valueOf(status), count.get()));
            one.put("statuses", counts);
            one.put("latencyMs", latencies(name).summary());
            all.put(name, one);
        }
        return all;
    }
}
