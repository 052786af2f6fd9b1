package org.convene.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.convene.bench.tools.Bench;
import org.convene.bench.tools.Latencies;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The sign-up rush on one workshop (capacity 1,000, waitlist on): sign-ups with unique emails and an Idempotency-Key
 * each, injected at stepped open-model rates (RUSH_RATES, default 100,200,400,800,1200,1600 per second, RUSH_STEP_SECONDS each),
 * next to GET /q/health/live of the same service at HEALTH_RATE per second during the whole run. Writes
 * signup-rush.json (per step: answers by status, p50/p99, decisions per second; the highest sustained rate; the
 * database's overbooking check) into BENCH_OUT.
 */
public class SignUpRush extends Simulation {

    static final int[] RATES = parseRates(Bench.env("RUSH_RATES", "100,200,400,800,1200,1600"));
    static final int STEP_SECONDS = Bench.envInt("RUSH_STEP_SECONDS", 20);
    static final int CAPACITY = Bench.envInt("RUSH_CAPACITY", 1000);
    static final int HEALTH_RATE = Bench.envInt("RUSH_HEALTH_RATE", 20);
    /** Sign-ups at 20/s before the first step, not counted: a freshly (re)started JVM has not compiled the path. */
    static final int WARMUP_SECONDS = Bench.envInt("RUSH_WARMUP_SECONDS", 15);
    static final double P99_GOAL_MS = 100;

    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final AtomicLong SEQUENCE = new AtomicLong();
    static final Outcomes OUTCOMES = new Outcomes();
    static volatile UUID workshop;
    static volatile long startNanos;
    /** 201s by the second (since the first user) in which their answer arrived. */
    static final java.util.concurrent.atomic.AtomicLongArray CREATED_AT_SECOND =
            new java.util.concurrent.atomic.AtomicLongArray(RATES.length * STEP_SECONDS + 900);

    static void answered(int status) {
        if (status == 201 && startNanos != 0) {
            int second = (int) ((System.nanoTime() - startNanos) / 1_000_000_000L);
            CREATED_AT_SECOND.incrementAndGet(Math.min(second, CREATED_AT_SECOND.length() - 1));
        }
    }

    static int[] parseRates(String text) {
        String[] parts = text.split(",");
        int[] rates = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            rates[i] = Integer.parseInt(parts[i].trim());
        }
        return rates;
    }

    /** The step a user started in, from the time since the first user. */
    static int stepNow() {
        long now = System.nanoTime();
        if (startNanos == 0) {
            synchronized (SignUpRush.class) {
                if (startNanos == 0) {
                    startNanos = now;
                }
            }
        }
        int step = (int) ((now - startNanos) / 1_000_000_000L / STEP_SECONDS);
        return Math.min(step, RATES.length - 1);
    }

    static String stepName(int step) {
        return "sign-up @" + RATES[step] + "/s";
    }

    HttpProtocolBuilder protocol = http.baseUrl(Bench.REGISTRATION).acceptHeader("application/json")
            .contentTypeHeader("application/json").disableWarmUp().disableCaching();

    /** The sign-up body (Gatling EL over the session {@link #attendee} fills). */
    protected String body() {
        return "{\"fullName\":\"#{name}\",\"email\":\"#{email}\"}";
    }

    /** The n-th attendee: name, email and Idempotency-Key in the session (a variant adds its own fields). */
    protected io.gatling.javaapi.core.Session attendee(io.gatling.javaapi.core.Session session, long n) {
        return session.set("key", UUID.randomUUID().toString())
                .set("email", "rush-" + RUN + "-" + n + "@bench.example").set("name", "Rush Attendee " + n);
    }

    /** The workshop of the rush, created and published in {@link #before}. */
    protected UUID createWorkshop() {
        System.out.println("SignUpRush: capacity " + CAPACITY + ", waitlist on, steps "
                + java.util.Arrays.toString(RATES) + "/s x " + STEP_SECONDS + " s");
        return Bench.createWorkshop("Sign-up rush " + RUN, CAPACITY, true);
    }

    /** Where the result goes, in BENCH_OUT, and what a variant adds to it. */
    protected String resultFile() {
        return "signup-rush.json";
    }

    protected void addResults(Map<String, Object> result) {
    }

    ScenarioBuilder signUps = scenario("sign-up rush")
            .exec(session -> attendee(session, SEQUENCE.incrementAndGet()).set("step", stepNow()))
            .exec(OUTCOMES.timed(session -> stepName(session.getInt("step")),
                    http(session -> stepName(session.getInt("step")))
                            .post(session -> "/api/v1/workshops/" + workshop + "/registrations")
                            .header("Idempotency-Key", "#{key}")
                            .body(StringBody(body())),
                    201, SignUpRush::answered));

    ScenarioBuilder warmUp = scenario("warm-up (not counted)")
            .exec(session -> attendee(session, SEQUENCE.incrementAndGet()))
            .exec(http("warm-up (not counted)").post(session -> "/api/v1/workshops/" + workshop + "/registrations")
                    .header("Idempotency-Key", "#{key}")
                    .body(StringBody(body())));

    ScenarioBuilder health = scenario("health/live (same service)").exec(OUTCOMES.timed(
            session -> "GET /q/health/live", http("GET /q/health/live").get(Bench.management(Bench.REGISTRATION) + "/q/health/live"), 200));

    {
        List<OpenInjectionStep> steps = new ArrayList<>();
        for (int rate : RATES) {
            steps.add(constantUsersPerSec(rate).during(STEP_SECONDS));
        }
        List<OpenInjectionStep> measured = new ArrayList<>();
        if (WARMUP_SECONDS > 0) {
            measured.add(io.gatling.javaapi.core.CoreDsl.nothingFor(WARMUP_SECONDS + 2));
        }
        measured.addAll(steps);
        List<io.gatling.javaapi.core.PopulationBuilder> populations = new ArrayList<>();
        populations.add(signUps.injectOpen(measured));
        populations.add(health.injectOpen(io.gatling.javaapi.core.CoreDsl.nothingFor(WARMUP_SECONDS + 2),
                constantUsersPerSec(HEALTH_RATE).during((long) STEP_SECONDS * RATES.length)));
        if (WARMUP_SECONDS > 0) {
            populations.add(warmUp.injectOpen(constantUsersPerSec(20).during(WARMUP_SECONDS)));
        }
        setUp(populations).protocols(protocol);
    }

    @Override
    public void before() {
        workshop = createWorkshop();
        System.out.println(getClass().getSimpleName() + ": workshop " + workshop);
    }

    @Override
    public void after() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workshopId", workshop.toString());
        result.put("capacity", CAPACITY);
        result.put("stepSeconds", STEP_SECONDS);
        List<Map<String, Object>> stepResults = new ArrayList<>();
        int sustained = 0;
        for (int i = 0; i < RATES.length; i++) {
            String name = stepName(i);
            long created = OUTCOMES.count(name, 201);
            long tooMany = OUTCOMES.count(name, 429);
            long unavailable = OUTCOMES.count(name, 503);
            long noAnswer = OUTCOMES.count(name, 0);
            long total = 0;
            @SuppressWarnings("unchecked")
            Map<String, Object> summary = (Map<String, Object>) OUTCOMES.summary().getOrDefault(name, Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Long> statuses = (Map<String, Long>) summary.getOrDefault("statuses", Map.of());
            for (long count : statuses.values()) {
                total += count;
            }
            Latencies latencies = OUTCOMES.latencies(name);
            double p99 = latencies.percentileMillis(99);
            // decisions per second: 201s whose answer ARRIVED during this step's window (not those merely sent in
            // it: beyond capacity, answers arrive late and the queue shows as a lower rate and a long drain)
            long answeredInWindow = 0;
            for (int second = i * STEP_SECONDS; second < (i + 1) * STEP_SECONDS; second++) {
                answeredInWindow += CREATED_AT_SECOND.get(second);
            }
            double decisionsPerSecond = answeredInWindow / (double) STEP_SECONDS;
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("rate", RATES[i]);
            step.put("requests", total);
            step.put("created201", created);
            step.put("status429", tooMany);
            step.put("status503", unavailable);
            step.put("noAnswer", noAnswer);
            step.put("other", total - created - tooMany - unavailable - noAnswer);
            step.put("decisionsPerSecond", Math.round(decisionsPerSecond * 10) / 10.0);
            step.put("latencyMs", latencies.summary());
            boolean held = total > 0 && created >= 0.99 * total && p99 < P99_GOAL_MS
                    && decisionsPerSecond >= 0.95 * RATES[i];
            step.put("sustained", held);
            if (held && sustained == i) {
                sustained = i + 1; // consecutive steps from the first that held
            }
            stepResults.add(step);
        }
        result.put("steps", stepResults);
        int lastSecond = 0;
        for (int second = 0; second < CREATED_AT_SECOND.length(); second++) {
            if (CREATED_AT_SECOND.get(second) > 0) {
                lastSecond = second;
            }
        }
        // how long after the last injected user the last answer came: a queue that had built up
        result.put("drainSecondsAfterInjection", Math.max(0, lastSecond + 1 - RATES.length * STEP_SECONDS));
        result.put("highestSustainedRate", sustained == 0 ? 0 : RATES[sustained - 1]);
        result.put("health", OUTCOMES.summary().get("GET /q/health/live"));
        try {
            result.put("database", Bench.overbookingCheck(workshop));
        } catch (Exception e) {
            result.put("database", Map.of("error", e.toString()));
        }
        addResults(result);
        Bench.writeJson(Bench.outDir().resolve(resultFile()), result);
        System.out.println(getClass().getSimpleName() + ": " + result);
    }
}
