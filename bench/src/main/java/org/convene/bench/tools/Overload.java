package org.convene.bench.tools;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * The overload drill of registration-service (bench/drill overload): measures the sustained sign-up rate, offers
 * {@code --factor} (5) times that for {@code --flood-seconds} (60) in an open model (every sign-up on a new connection,
 * as real clients arrive), then a normal load, and checks that the service answered every request it accepted (201 or
 * a problem; a connection refused or closed before an answer is a refusal), shed the rest fast (p99 of the 503s),
 * stayed within its heap and file descriptors, was back to p99 under 100 ms within 10 s, and that every 201 has its
 * registration, exactly one event and exactly one email (the delivery ledger; a sample read back over IMAP), with
 * nothing overbooked. With {@code --kill-at S} it kills registration-service (SIGKILL) S seconds into the flood and
 * checks that its supervisor started it again. 127.0.0.1 only; every loop is bounded in count and time.
 *
 * <pre>
 * Overload --out DIR [--factor 5] [--flood-seconds 60] [--normal-seconds 30] [--kill-at S] [--label NAME]
 * </pre>
 */
public final class Overload {

    static final int CAPACITY = 1000;
    static final int[] MEASURE_RATES = {100, 200, 400, 800, 1200, 1600, 2000, 2500};
    static final int MEASURE_STEP_SECONDS = 5;
    static final int MAX_FLOOD_RATE = 10_000;
    /** 0: five times registration-service's measured sustained sign-up rate (a fixed rate compares two runs). */
    static final int FLOOD_RATE = Bench.envInt("OVERLOAD_FLOOD_RATE", 0);
    /** 0: five times directory-service's measured sustained read rate. */
    static final int DIRECTORY_FLOOD_RATE = Bench.envInt("OVERLOAD_DIRECTORY_RATE", 0);
    static final int[] DIRECTORY_MEASURE_RATES = {100, 200, 400, 800, 1600};
    static final double P99_GOAL_MS = 100;
    /**
     * The restart window of the kill -9 ends this long after the new process reported ready: the connections that
     * queued while it started are answered by a JVM still running its code cold (interpreted), so their 503s are
     * reported on their own (bench/README.md, "overload").
     */
    static final long RESTART_SETTLE_MS = 3000;
    static final int ANSWER_TIMEOUT_MS = 15_000;
    static final int CONNECT_TIMEOUT_MS = 2_000;
    static final Path ROOT = Path.of(Bench.env("BENCH_ROOT", "."));
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final AtomicLong SEQUENCE = new AtomicLong();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One sign-up as the client saw it. */
    record Outcome(long n, String phase, long startMillis, long latencyMillis, String result, String id, String email) {
        boolean answered() {
            return Character.isDigit(result.charAt(0));
        }

        int status() {
            return answered() ? Integer.parseInt(result) : 0;
        }
    }

    private Overload() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path out = Path.of(options.getOrDefault("out", "bench/results/overload"));
        Files.createDirectories(out);
        int factor = Integer.parseInt(options.getOrDefault("factor", "5"));
        int floodSeconds = Integer.parseInt(options.getOrDefault("flood-seconds", "60"));
        int normalSeconds = Integer.parseInt(options.getOrDefault("normal-seconds", "30"));
        int killAt = Integer.parseInt(options.getOrDefault("kill-at", "-1"));
        String label = options.getOrDefault("label", "overload");
        System.exit(run(out, label, factor, floodSeconds, normalSeconds, killAt));
    }

    static int run(Path out, String label, int factor, int floodSeconds, int normalSeconds, int killAt)
            throws Exception {
        UUID workshop = Bench.createWorkshop("Overload drill " + label + " " + RUN, CAPACITY, true);
        log("%s: workshop %s (capacity %d, waitlist on)", label, workshop, CAPACITY);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        Sampler sampler = new Sampler(out.resolve(label + ".samples.tsv"));
        sampler.start();
        long origin = System.currentTimeMillis();
        ExecutorService clients = clientThreads();
        try {
            // warm-up (not counted): a just (re)started JVM has not compiled the sign-up path yet
            offer(clients, "warm-up", 50, 10, outcomes, n -> signUp(workshop, "warm-up", n, origin));
            awaitQuiet(outcomes, 5);
            int sustained = sustainedRate(clients, outcomes, label + ": sign-ups", "measure@", MEASURE_RATES, 201,
                    phase -> n -> signUp(workshop, phase, n, origin));
            int floodRate = FLOOD_RATE > 0 ? FLOOD_RATE : Math.min(MAX_FLOOD_RATE, sustained * factor);
            int normalRate = Math.max(20, sustained / 2);
            Bench.sleep(5000);
            log("%s: sustained %d/s; flood %d/s for %d s, then %d/s for %d s%s", label, sustained, floodRate,
                    floodSeconds, normalRate, normalSeconds, killAt >= 0 ? "; kill -9 at flood +" + killAt + " s" : "");
            long floodStart = System.currentTimeMillis();
            sampler.phase("flood");
            Thread killer = null;
            if (killAt >= 0) {
                killer = new Thread(() -> sampler.killAndAwaitRestart(floodStart + killAt * 1000L));
                killer.start();
            }
            offer(clients, "flood", floodRate, floodSeconds, outcomes, n -> signUp(workshop, "flood", n, origin));
            long floodEnd = System.currentTimeMillis();
            sampler.phase("normal");
            offer(clients, "normal", normalRate, normalSeconds, outcomes, n -> signUp(workshop, "normal", n, origin));
            // directory-service under a flood of reads (new connections), then a normal read load
            awaitQuiet(outcomes, 2);
            int directorySustained = sustainedRate(clients, outcomes, label + ": directory reads",
                    "directory-measure@", DIRECTORY_MEASURE_RATES, 200,
                    phase -> n -> read(Bench.DIRECTORY, "/api/v1/cities?limit=50", phase, n, origin));
            int directoryFloodRate = DIRECTORY_FLOOD_RATE > 0 ? DIRECTORY_FLOOD_RATE
                    : Math.min(MAX_FLOOD_RATE, factor * directorySustained);
            sampler.phase("directory-flood");
            long directoryFloodStart = System.currentTimeMillis();
            offer(clients, "directory-flood", directoryFloodRate, 30, outcomes,
                    n -> read(Bench.DIRECTORY, "/api/v1/cities?limit=50", "directory-flood", n, origin));
            long directoryFloodEnd = System.currentTimeMillis();
            sampler.phase("directory-normal");
            offer(clients, "directory-normal", 100, 15, outcomes,
                    n -> read(Bench.DIRECTORY, "/api/v1/cities?limit=50", "directory-normal", n, origin));
            log("%s: directory flood %d/s for 30 s from %d ms", label, directoryFloodRate,
                    directoryFloodStart - origin);
            sampler.phase("drain");
            clients.shutdown();
            clients.awaitTermination(ANSWER_TIMEOUT_MS + 5000, TimeUnit.MILLISECONDS);
            if (killer != null) {
                killer.join(130_000);
            }
            sampler.stop();
            writeOutcomes(out.resolve(label + ".load.tsv"), outcomes);
            Map<String, Object> result = judge(label, workshop, outcomes, sampler, sustained, floodRate, normalRate,
                    floodStart - origin, floodEnd - origin, directoryFloodRate, directoryFloodEnd - origin,
                    killAt >= 0, sampler.restartWindow(origin));
            Bench.writeJson(out.resolve(label + ".json"), result);
            return Boolean.TRUE.equals(result.get("ok")) ? 0 : 1;
        } finally {
            clients.shutdownNow();
        }
    }

    /**
     * Offers {@code rates} one after the other, {@value #MEASURE_STEP_SECONDS} s each, until a step misses p99 < 100
     * ms or 99 % answered {@code ok}; returns the last rate that held (50 when none did).
     */
    static int sustainedRate(ExecutorService clients, ConcurrentLinkedQueue<Outcome> outcomes, String what,
            String phasePrefix, int[] rates, int ok,
            java.util.function.Function<String, java.util.function.LongFunction<Outcome>> callOfPhase) {
        int sustained = 50;
        for (int rate : rates) {
            String phase = phasePrefix + rate;
            offer(clients, phase, rate, MEASURE_STEP_SECONDS, outcomes, callOfPhase.apply(phase));
            awaitQuiet(outcomes, 3);
            Stats step = Stats.of(outcomes, o -> o.phase().equals(phase));
            boolean held = step.p99(o -> true) < P99_GOAL_MS && step.share(ok) >= 0.99;
            log("%s %d/s for %d s: %s -> %s", what, rate, MEASURE_STEP_SECONDS, step.summary(),
                    held ? "held" : "not held");
            if (!held) {
                break;
            }
            sustained = rate;
        }
        return sustained;
    }

    /** One virtual thread per sign-up where the JDK has them (21+), else a bounded pool of platform threads. */
    static ExecutorService clientThreads() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException e) {
            return Executors.newFixedThreadPool(4000);
        }
    }

    /** Offers sign-ups at {@code rate} per second for {@code seconds}, each started on time (open model). */
    static void offer(ExecutorService clients, String phase, int rate, int seconds,
            ConcurrentLinkedQueue<Outcome> outcomes, java.util.function.LongFunction<Outcome> call) {
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 200_000) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
            long n = SEQUENCE.incrementAndGet();
            clients.execute(() -> outcomes.add(call.apply(n)));
        }
    }

    static void awaitQuiet(ConcurrentLinkedQueue<Outcome> outcomes, int seconds) {
        long deadline = System.currentTimeMillis() + ANSWER_TIMEOUT_MS;
        long offered = SEQUENCE.get();
        while (outcomes.size() < offered && System.currentTimeMillis() < deadline) {
            Bench.sleep(100);
        }
        Bench.sleep(seconds * 1000L);
    }

    /** One sign-up on a connection of its own: HTTP/1.1 with Connection: close, written and read by hand. */
    static Outcome signUp(UUID workshop, String phase, long n, long origin) {
        String email = "overload-" + RUN + "-" + n + "@bench.example";
        String body = "{\"fullName\":\"Overload Attendee " + n + "\",\"email\":\"" + email + "\"}";
        String head = "POST /api/v1/workshops/" + workshop + "/registrations HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nIdempotency-Key: " + UUID.randomUUID() + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n";
        return exchange(Bench.REGISTRATION, head, body, phase, n, origin, email);
    }

    /** One GET on a connection of its own. */
    static Outcome read(String baseUrl, String path, String phase, long n, long origin) {
        return exchange(baseUrl, "GET " + path + " HTTP/1.1\r\n", "", phase, n, origin, "");
    }

    /**
     * Connects, sends the request line and headers {@code head} (with Host, Accept and Connection: close added) and
     * the body, reads the whole answer. The outcome is the status code, or {@code refused} (no connection: refused, or
     * not accepted within 2 s),
     * {@code closed} (closed or reset before a status line: the server refused the connection) or {@code timeout}
     * (connected and sent, no answer in 15 s).
     */
    static Outcome exchange(String baseUrl, String head, String body, String phase, long n, long origin,
            String email) {
        URI base = URI.create(baseUrl);
        String request = head + "Host: " + base.getHost() + ":" + base.getPort()
                + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n" + body;
        long started = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        String result;
        String id = "";
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), CONNECT_TIMEOUT_MS);
            } catch (SocketTimeoutException e) {
                // not accepted: the listen backlog was full and the kernel dropped the SYN (a refusal, not a request
                // the service accepted and left unanswered)
                throw new ConnectException("not accepted within " + CONNECT_TIMEOUT_MS + " ms");
            }
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            OutputStream output = socket.getOutputStream();
            output.write(request.getBytes(StandardCharsets.UTF_8));
            output.flush();
            String response = readAll(socket.getInputStream());
            if (!response.startsWith("HTTP/1.1 ") || response.length() < 12) {
                result = "closed";
            } else {
                result = response.substring(9, 12);
                if (result.equals("201")) {
                    Matcher matcher = ID.matcher(response);
                    id = matcher.find() ? matcher.group(1) : "";
                }
            }
        } catch (ConnectException e) {
            result = "refused";
        } catch (SocketTimeoutException e) {
            result = "timeout";
        } catch (IOException e) {
            result = "closed";
        }
        long latency = (System.nanoTime() - startNanos) / 1_000_000;
        return new Outcome(n, phase, started - origin, latency, result, id, email);
    }

    static String readAll(InputStream input) throws IOException {
        byte[] all = input.readAllBytes();
        return new String(all, StandardCharsets.UTF_8);
    }

    static void writeOutcomes(Path file, ConcurrentLinkedQueue<Outcome> outcomes) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("n\tphase\tstartMs\tlatencyMs\tresult\tid\temail\n");
            for (Outcome o : outcomes) {
                writer.write(o.n() + "\t" + o.phase() + "\t" + o.startMillis() + "\t" + o.latencyMillis() + "\t"
                        + o.result() + "\t" + o.id() + "\t" + o.email() + "\n");
            }
        }
    }

    /** Counts and latencies of a subset of outcomes. */
    record Stats(List<Outcome> outcomes) {
        static Stats of(ConcurrentLinkedQueue<Outcome> all, java.util.function.Predicate<Outcome> filter) {
            return new Stats(all.stream().filter(filter).toList());
        }

        long count(String result) {
            return outcomes.stream().filter(o -> o.result().equals(result)).count();
        }

        double share(int status) {
            return outcomes.isEmpty() ? 0 : count(String.valueOf(status)) / (double) outcomes.size();
        }

        double p99(java.util.function.Predicate<Outcome> filter) {
            Latencies latencies = new Latencies();
            outcomes.stream().filter(Outcome::answered).filter(filter).forEach(o -> latencies.recordMillis(o.latencyMillis()));
            return latencies.count() == 0 ? 0 : latencies.percentileMillis(99);
        }

        Map<String, Long> results() {
            Map<String, Long> counts = new java.util.TreeMap<>();
            outcomes.forEach(o -> counts.merge(o.result(), 1L, Long::sum));
            return counts;
        }

        String summary() {
            return outcomes.size() + " sign-ups " + results() + ", p99 " + Math.round(p99(o -> true)) + " ms";
        }
    }

    static Map<String, Object> judge(String label, UUID workshop, ConcurrentLinkedQueue<Outcome> outcomes,
            Sampler sampler, int sustained, int floodRate, int normalRate, long floodStartMs, long floodEndMs,
            int directoryFloodRate, long directoryFloodEnd, boolean killed, long[] restartWindow) throws Exception {
        Stats flood = Stats.of(outcomes, o -> o.phase().equals("flood"));
        Stats normal = Stats.of(outcomes, o -> o.phase().equals("normal"));
        // answered every request it accepted: a time-out (connected, request sent, no answer in 15 s) is a failure;
        // a connection refused or closed before an answer is the server refusing it (max-connections), or the kill
        long timeouts = Stats.of(outcomes, o -> !o.phase().equals("warm-up") && !o.phase().startsWith("directory"))
                .count("timeout");
        long directoryTimeouts = Stats.of(outcomes, o -> o.phase().startsWith("directory")).count("timeout");
        java.util.function.Predicate<Outcome> inRestart = o -> restartWindow != null
                && o.startMillis() >= restartWindow[0] && o.startMillis() < restartWindow[1];
        double p99Shed = flood.p99(o -> o.status() == 503 && !inRestart.test(o));
        Stats shedRestarting = Stats.of(outcomes, o -> o.phase().equals("flood") && o.status() == 503
                && inRestart.test(o));
        double p99FloodCreated = flood.p99(o -> o.status() == 201);
        long recoveredAfter = recoveredAfter(normal, floodEndMs);
        Stats directoryFlood = Stats.of(outcomes, o -> o.phase().equals("directory-flood"));
        Stats directoryNormal = Stats.of(outcomes, o -> o.phase().equals("directory-normal"));
        long directoryRecoveredAfter = recoveredAfter(directoryNormal, directoryFloodEnd);
        double directoryP99Shed = directoryFlood.p99(o -> o.status() == 503);
        long normalNon201 = normal.outcomes().stream().filter(o -> o.status() != 201).count();

        Verification verification = verify(workshop, outcomes);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("label", label);
        result.put("workshopId", workshop.toString());
        result.put("sustainedRate", sustained);
        result.put("floodRate", floodRate);
        result.put("floodOffered", flood.outcomes().size());
        result.put("floodAchievedRate", Math.round(flood.outcomes().size() / ((floodEndMs - floodStartMs) / 1000.0)));
        result.put("floodResults", flood.results());
        result.put("p99ShedMs", Math.round(p99Shed));
        result.put("killed", killed);
        result.put("restartWindowShed", shedRestarting.outcomes().size());
        result.put("restartWindowP99ShedMs", Math.round(shedRestarting.p99(o -> true)));
        result.put("p99FloodCreatedMs", Math.round(p99FloodCreated));
        result.put("normalRate", normalRate);
        result.put("normalResults", normal.results());
        result.put("recoveredAfterSeconds", recoveredAfter);
        result.put("timeouts", timeouts);
        result.put("directoryTimeouts", directoryTimeouts);
        result.put("directoryFloodRate", directoryFloodRate);
        result.put("directoryFloodResults", directoryFlood.results());
        result.put("directoryP99Ms", Math.round(directoryFlood.p99(o -> o.status() == 200)));
        result.put("directoryP99ShedMs", Math.round(directoryP99Shed));
        result.put("directoryRecoveredAfterSeconds", directoryRecoveredAfter);
        result.put("process", sampler.summary());
        result.put("verification", verification.asMap());
        List<String> failures = new ArrayList<>();
        if (timeouts > 0) {
            failures.add(timeouts + " accepted sign-ups got no answer within 15 s");
        }
        if (directoryTimeouts > 0) {
            failures.add("directory: " + directoryTimeouts + " accepted reads got no answer within 15 s");
        }
        if (p99Shed >= P99_GOAL_MS) {
            failures.add("p99 of the 503s " + Math.round(p99Shed) + " ms >= 100 ms");
        }
        if (recoveredAfter < 0 || recoveredAfter > 10) {
            failures.add("not back to p99 < 100 ms within 10 s after the flood (" + recoveredAfter + ")");
        }
        if (directoryP99Shed >= P99_GOAL_MS) {
            failures.add("directory: p99 of the 503s " + Math.round(directoryP99Shed) + " ms >= 100 ms");
        }
        if (directoryRecoveredAfter < 0 || directoryRecoveredAfter > 10) {
            failures.add("directory: not back to p99 < 100 ms within 10 s after its flood (" + directoryRecoveredAfter
                    + ")");
        }
        if (normalNon201 > normal.outcomes().size() * 0.01) {
            failures.add(normalNon201 + " of " + normal.outcomes().size() + " normal-load sign-ups were not 201");
        }
        failures.addAll(sampler.failures(killed));
        failures.addAll(verification.failures());
        result.put("failures", failures);
        result.put("ok", failures.isEmpty());
        printTable(result, flood, verification, sampler);
        return result;
    }

    /** The first second after the flood from which every second's p99 stays under the goal (-1: never). */
    static long recoveredAfter(Stats after, long floodEndMs) {
        Map<Long, Latencies> bySecond = new java.util.TreeMap<>();
        for (Outcome o : after.outcomes()) {
            if (o.answered()) {
                bySecond.computeIfAbsent((o.startMillis() - floodEndMs) / 1000, k -> new Latencies())
                        .recordMillis(o.latencyMillis());
            }
        }
        long recovered = -1;
        for (Map.Entry<Long, Latencies> second : bySecond.entrySet()) {
            if (second.getValue().percentileMillis(99) >= P99_GOAL_MS) {
                recovered = -1;
            } else if (recovered < 0) {
                recovered = second.getKey();
            }
        }
        return recovered;
    }

    static void printTable(Map<String, Object> r, Stats flood, Verification v, Sampler sampler) {
        System.out.println();
        System.out.println("| " + r.get("label") + " | measured |");
        System.out.println("|---|---|");
        System.out.println("| sustained sign-up rate (p99 < 100 ms, >= 99 % 201) | " + r.get("sustainedRate") + "/s |");
        System.out.println("| flood offered (open model, new connection each) | " + r.get("floodRate") + "/s target, "
                + r.get("floodAchievedRate") + "/s achieved, " + r.get("floodOffered") + " sign-ups |");
        System.out.println("| flood answers | " + r.get("floodResults") + " |");
        System.out.println("| p99 of the 503s / of the 201s in the flood | " + r.get("p99ShedMs") + " / "
                + r.get("p99FloodCreatedMs") + " ms |");
        if (r.get("killed") == Boolean.TRUE) {
            System.out.println("| 503s from the kill to " + RESTART_SETTLE_MS / 1000 + " s after the restart"
                    + " (not in the p99 above) | "
                    + r.get("restartWindowShed") + ", p99 " + r.get("restartWindowP99ShedMs") + " ms |");
        }
        System.out.println("| accepted but unanswered (time-outs): sign-ups, directory reads | " + r.get("timeouts")
                + ", " + r.get("directoryTimeouts") + " |");
        System.out.println("| back to p99 < 100 ms after the flood | " + r.get("recoveredAfterSeconds") + " s |");
        System.out.println("| directory: reads flood (open model), answers | " + r.get("directoryFloodRate") + "/s: "
                + r.get("directoryFloodResults") + ", p99 of the 200s " + r.get("directoryP99Ms") + " ms, of the 503s "
                + r.get("directoryP99ShedMs") + " ms; back to p99 < 100 ms after " + r.get("directoryRecoveredAfterSeconds")
                + " s |");
        System.out.println("| processes | " + sampler.summary() + " |");
        System.out.println("| 201s / registrations / events / emails (ledger SENT) | " + v.created + " / "
                + v.registrations + " / " + v.withEvent + " / " + v.withEmail + " |");
        System.out.println("| confirmed / capacity; waitlist positions 1..n, in arrival order | " + v.confirmed
                + " / " + v.capacity + "; " + (v.waitlist.ok() ? "yes" : "NO") + " (" + v.waitlisted + " waitlisted, "
                + v.waitlist.gaps() + " positions missing, " + v.waitlist.repeated() + " repeated, "
                + v.waitlist.outOfOrder() + " out of arrival order) |");
        System.out.println("| lost / doubled | " + v.lost() + " / " + v.doubled() + " |");
        System.out.println("| IMAP sample: inboxes with exactly one email | " + v.imapOk + " of " + v.imapSample + " |");
        System.out.println();
        List<?> failures = (List<?>) r.get("failures");
        System.out.println(failures.isEmpty() ? r.get("label") + ": OK" : r.get("label") + ": FAILED " + failures);
    }

    /** What the database, the topic and the ledger hold for the 201s of the run. */
    static final class Verification {
        long created;
        long registrations;
        long missingRows;
        long wrongEmail;
        long orphans;
        long withEvent;
        long missingEvents;
        long duplicateEvents;
        long withEmail;
        long missingEmails;
        long duplicateEmails;
        long confirmed;
        long waitlisted;
        long capacity;
        boolean overbooked;
        boolean countersMatch;
        Drill.WaitlistCheck waitlist;
        int imapSample;
        int imapOk;

        long lost() {
            return missingRows + wrongEmail + missingEvents + missingEmails;
        }

        long doubled() {
            return duplicateEvents + duplicateEmails;
        }

        List<String> failures() {
            List<String> failures = new ArrayList<>();
            if (lost() > 0) {
                failures.add("lost: " + missingRows + " rows, " + wrongEmail + " wrong emails, " + missingEvents
                        + " events, " + missingEmails + " emails");
            }
            if (doubled() > 0) {
                failures.add("doubled: " + duplicateEvents + " events, " + duplicateEmails + " emails");
            }
            if (overbooked || !countersMatch) {
                failures.add("overbooked " + overbooked + ", counters match rows " + countersMatch);
            }
            if (!waitlist.ok()) {
                failures.add(waitlist.describe());
            }
            if (imapOk < imapSample) {
                failures.add("IMAP: " + (imapSample - imapOk) + " of " + imapSample + " sampled inboxes without"
                        + " exactly one email");
            }
            return failures;
        }

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("created201", created);
            map.put("registrations", registrations);
            map.put("missingRows", missingRows);
            map.put("wrongEmail", wrongEmail);
            map.put("orphans(registeredButNoAnswer)", orphans);
            map.put("withEvent", withEvent);
            map.put("missingEvents", missingEvents);
            map.put("duplicateEvents", duplicateEvents);
            map.put("withEmail", withEmail);
            map.put("missingEmails", missingEmails);
            map.put("duplicateEmails", duplicateEmails);
            map.put("confirmed", confirmed);
            map.put("waitlisted", waitlisted);
            map.put("capacity", capacity);
            map.put("overbooked", overbooked);
            map.put("countersMatchRows", countersMatch);
            map.put("waitlistPositions1toN", waitlist.gaps() == 0 && waitlist.repeated() == 0);
            map.put("waitlistPositions", waitlist.positions());
            map.put("waitlistGaps", waitlist.gaps());
            map.put("waitlistRepeated", waitlist.repeated());
            map.put("waitlistOutOfArrivalOrder", waitlist.outOfOrder());
            map.put("imapSample", imapSample);
            map.put("imapExactlyOne", imapOk);
            return map;
        }
    }

    static Verification verify(UUID workshop, ConcurrentLinkedQueue<Outcome> outcomes) throws Exception {
        Verification v = new Verification();
        Map<UUID, String> createdIds = new HashMap<>();
        for (Outcome o : outcomes) {
            if (o.status() == 201 && !o.id().isEmpty()) {
                createdIds.put(UUID.fromString(o.id()), o.email());
            }
        }
        v.created = createdIds.size();
        Map<UUID, String> rows = new HashMap<>();
        try (Connection connection = Bench.db("convene_registration")) {
            try (var statement = connection.prepareStatement(
                    "select id, lower(email) from registration where workshop_id = ?")) {
                statement.setObject(1, workshop);
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        rows.put((UUID) rs.getObject(1), rs.getString(2));
                    }
                }
            }
        }
        // positions 1..n without a gap, and in arrival order (registered_at)
        v.waitlist = Drill.waitlistCheck(workshop);
        v.registrations = rows.size();
        for (Map.Entry<UUID, String> created : createdIds.entrySet()) {
            String email = rows.get(created.getKey());
            if (email == null) {
                v.missingRows++;
            } else if (!email.equals(created.getValue())) {
                v.wrongEmail++;
            }
        }
        v.orphans = rows.keySet().stream().filter(id -> !createdIds.containsKey(id)).count();
        Map<String, Object> booking = Bench.overbookingCheck(workshop);
        v.confirmed = ((Number) booking.get("confirmedRows")).longValue();
        v.waitlisted = ((Number) booking.get("waitlistedRows")).longValue();
        v.capacity = ((Number) booking.get("capacity")).longValue();
        v.overbooked = Boolean.TRUE.equals(booking.get("overbooked"));
        v.countersMatch = Boolean.TRUE.equals(booking.get("countersMatchRows"));

        // events (every registration row, 201 or orphan, must have exactly one) and emails, waited for
        long deadline = System.currentTimeMillis() + Bench.envInt("OVERLOAD_WAIT_SECONDS", 900) * 1000L;
        Map<UUID, Set<String>> events = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(EventLag.consumerConfig())) {
            List<TopicPartition> partitions = EventLag.partitions(consumer, Bench.REGISTRATIONS_TOPIC);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            boolean complete = false;
            long lastLog = 0;
            while (!complete && System.currentTimeMillis() < deadline) {
                EventLag.readSignUpEvents(consumer, partitions, workshop, events, new HashMap<>());
                Map<UUID, long[]> ledger = ledger(workshop);
                long sent = rows.keySet().stream().filter(id -> ledger.getOrDefault(id, new long[2])[0] > 0).count();
                complete = events.keySet().containsAll(rows.keySet()) && sent == rows.size();
                if (!complete && System.currentTimeMillis() - lastLog > 15_000) {
                    lastLog = System.currentTimeMillis();
                    log("verify: %d of %d registrations with their event, %d with their email sent", events.size(),
                            rows.size(), sent);
                }
                if (!complete) {
                    Bench.sleep(2000);
                }
            }
        }
        Bench.sleep(5000); // a late second copy would show in a last count
        Map<UUID, long[]> emails = ledger(workshop);
        for (UUID id : rows.keySet()) {
            int n = events.getOrDefault(id, Set.of()).size();
            if (n == 0) {
                v.missingEvents++;
            } else {
                v.withEvent++;
                v.duplicateEvents += n - 1;
            }
            long[] ledger = emails.getOrDefault(id, new long[2]);
            if (ledger[0] == 0) {
                v.missingEmails++;
            } else {
                v.withEmail++;
                v.duplicateEmails += ledger[0] - 1;
            }
            v.duplicateEmails += ledger[1]; // a second ledger row for the same registration, in any state
        }
        // a sample of inboxes read back over IMAP: the ledger's SENT is what the mail sink accepted. The sample comes
        // from the 2,000 most recent registrations (ids are time-ordered): ./convene up's sink keeps the mailboxes of
        // the 5,000 most recent recipients only (LocalInfrastructure --mailboxes)
        List<UUID> newest = rows.keySet().stream().sorted().toList();
        newest = newest.subList(Math.max(0, newest.size() - 2000), newest.size());
        List<String> sample = new ArrayList<>(newest.stream().map(rows::get).toList());
        java.util.Collections.shuffle(sample, new java.util.Random(42));
        sample = sample.subList(0, Math.min(200, sample.size()));
        Map<String, Integer> imap = Drill.imapCounts(new HashSet<>(sample));
        v.imapSample = sample.size();
        v.imapOk = (int) sample.stream().filter(e -> imap.getOrDefault(e, 0) == 1).count();
        return v;
    }

    /** registration id → {SENT rows, further rows} of its sign-up email (CONFIRMATION or WAITLISTED). */
    static Map<UUID, long[]> ledger(UUID workshop) throws Exception {
        Map<UUID, long[]> counts = new HashMap<>();
        try (Connection connection = Bench.db("convene_notification");
                var statement = connection.prepareStatement("select registration_id,"
                        + " count(*) filter (where status = 'SENT'), count(*) - 1 from notification"
                        + " where workshop_id = ? and type in ('CONFIRMATION', 'WAITLISTED') group by 1")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put((UUID) rs.getObject(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        return counts;
    }

    /**
     * Once a second, for each service: its pid (from the launcher's pid file), RSS, open file descriptors against
     * their limit, heap used against its maximum (the management interface's /q/metrics) and /q/health/live.
     */
    static final class Sampler {
        private final Path file;
        private volatile boolean running = true;
        private volatile String phase = "measure";
        private Thread thread;
        private final Map<String, Watched> watched = new LinkedHashMap<>();
        private volatile long killedPid = -1;
        private volatile long killedAtMillis = -1;
        private volatile long restartedAfterMillis = -1;

        /** What was seen of one service. */
        static final class Watched {
            final String service;
            final String management;
            final Set<Long> pids = new java.util.LinkedHashSet<>();
            long rssAtStartMib = -1;
            long maxRssMib;
            long lastRssMib;
            long maxFds;
            long fdLimit;
            double maxHeapUsedMib;
            double heapMaxMib;
            int liveDown;
            int noAnswer;
            int samples;

            Watched(String service, String baseUrl) {
                this.service = service;
                this.management = Bench.management(baseUrl);
            }

            String summary() {
                return String.format("%s: RSS %d MiB at start, %d max, %d at the end; heap used max %.0f of %.0f MiB;"
                        + " fds max %d of %d; live DOWN %d, no answer %d, of %d; pids %s", service, rssAtStartMib,
                        maxRssMib, lastRssMib, maxHeapUsedMib, heapMaxMib, maxFds, fdLimit, liveDown, noAnswer, samples,
                        pids);
            }
        }

        Sampler(Path file) {
            this.file = file;
            watched.put("registration-service", new Watched("registration-service", Bench.REGISTRATION));
            watched.put("notification-service", new Watched("notification-service", Bench.NOTIFICATION));
            watched.put("directory-service", new Watched("directory-service", Bench.DIRECTORY));
        }

        void phase(String phase) {
            this.phase = phase;
        }

        void start() {
            thread = new Thread(this::loop, "sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join(5000);
        }

        private void loop() {
            try (BufferedWriter writer = Files.newBufferedWriter(file)) {
                writer.write("t\tphase\tservice\tpid\trssMiB\tfds\tfdLimit\theapUsedMiB\theapMaxMiB\tlive\n");
                long start = System.currentTimeMillis();
                while (running) {
                    for (Watched service : watched.values()) {
                        long pid = pid(service.service);
                        writer.write((System.currentTimeMillis() - start) / 1000.0 + "\t" + phase + "\t"
                                + service.service + "\t" + pid + "\t" + sample(service, pid) + "\n");
                    }
                    writer.flush();
                    Bench.sleep(1000);
                }
            } catch (IOException e) {
                log("sampler: %s", e);
            }
        }

        private synchronized String sample(Watched w, long pid) {
            if (pid <= 0) {
                return "\t\t\t\t\tdown";
            }
            w.pids.add(pid);
            long rss = -1;
            long fds = -1;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                    }
                }
                try (var list = Files.list(Path.of("/proc/" + pid + "/fd"))) {
                    fds = list.count();
                }
                for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/limits"))) {
                    if (line.startsWith("Max open files")) {
                        w.fdLimit = Long.parseLong(line.trim().split("\\s+")[3]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process went away between two reads
            }
            if (w.rssAtStartMib < 0 && rss > 0) {
                w.rssAtStartMib = rss;
            }
            if (rss > 0) {
                w.lastRssMib = rss;
            }
            w.maxRssMib = Math.max(w.maxRssMib, rss);
            w.maxFds = Math.max(w.maxFds, fds);
            double used = -1;
            double max = -1;
            String live = "?";
            try {
                HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create(w.management
                        + "/q/metrics")).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                used = sum(metrics.body(), "jvm_memory_used_bytes{area=\"heap\"") / 1048576;
                max = sum(metrics.body(), "jvm_memory_max_bytes{area=\"heap\"") / 1048576;
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(w.management
                        + "/q/health/live")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                live = health.statusCode() == 200 ? "UP" : "DOWN";
            } catch (IOException e) {
                live = "no answer";
                w.noAnswer++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (live.equals("DOWN")) {
                w.liveDown++;
            }
            w.maxHeapUsedMib = Math.max(w.maxHeapUsedMib, used);
            w.heapMaxMib = Math.max(w.heapMaxMib, max);
            w.samples++;
            return rss + "\t" + fds + "\t" + w.fdLimit + "\t" + Math.round(used) + "\t" + Math.round(max) + "\t"
                    + live;
        }

        private static double sum(String metrics, String prefix) {
            double total = 0;
            for (String line : metrics.split("\n")) {
                if (line.startsWith(prefix)) {
                    total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return total;
        }

        static long pid(String service) {
            try {
                Path file = ROOT.resolve(".convene/pids/" + service + ".pid");
                long pid = Long.parseLong(Files.readString(file).trim());
                return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? pid : -1;
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
        }

        /** At {@code atMillis}: SIGKILL, then waits (120 s at most) for the supervisor's new process to be ready. */
        void killAndAwaitRestart(long atMillis) {
            Bench.sleep(Math.max(0, atMillis - System.currentTimeMillis()));
            long pid = pid("registration-service");
            if (pid <= 0) {
                log("kill: registration-service is not running");
                return;
            }
            killedPid = pid;
            long killed = System.currentTimeMillis();
            killedAtMillis = killed;
            log("kill -9 registration-service (pid %d)", pid);
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
            String ready = Bench.management(Bench.REGISTRATION) + "/q/health/ready";
            while (System.currentTimeMillis() - killed < 120_000) {
                long now = pid("registration-service");
                if (now > 0 && now != pid) {
                    try {
                        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(ready))
                                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 200) {
                            restartedAfterMillis = System.currentTimeMillis() - killed;
                            log("registration-service is back (pid %d) %d ms after the kill", now,
                                    restartedAfterMillis);
                            return;
                        }
                    } catch (IOException e) {
                        // not listening yet
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                Bench.sleep(200);
            }
        }

        /**
         * From the kill to {@value #RESTART_SETTLE_MS} ms after the new process was ready, in ms since {@code origin};
         * null without a kill.
         */
        long[] restartWindow(long origin) {
            if (killedAtMillis < 0) {
                return null;
            }
            long ready = restartedAfterMillis > 0 ? restartedAfterMillis : 120_000;
            return new long[] {killedAtMillis - origin, killedAtMillis - origin + ready + RESTART_SETTLE_MS};
        }

        synchronized String summary() {
            StringBuilder text = new StringBuilder();
            for (Watched w : watched.values()) {
                text.append(w.summary()).append("; ");
            }
            if (killedPid > 0) {
                text.append("killed registration-service ").append(killedPid).append(", ready again after ")
                        .append(restartedAfterMillis).append(" ms");
            }
            return text.toString();
        }

        synchronized List<String> failures(boolean killed) {
            List<String> failures = new ArrayList<>();
            for (Watched w : watched.values()) {
                int expected = killed && w.service.equals("registration-service") ? 2 : 1;
                if (w.pids.size() > expected) {
                    failures.add(w.service + " restarted without being killed (pids " + w.pids + ")");
                }
                // while the killed service restarts it cannot answer: those seconds do not count
                long allowed = 3 + (expected == 2 && restartedAfterMillis > 0 ? restartedAfterMillis / 1000 + 1 : 0);
                if (w.liveDown > 0 || w.noAnswer > allowed) {
                    failures.add(w.service + ": /q/health/live DOWN in " + w.liveDown + " samples, no answer in "
                            + w.noAnswer);
                }
            }
            if (killed && restartedAfterMillis < 0) {
                failures.add("registration-service was not restarted after the kill");
            }
            return failures;
        }
    }

    static void log(String format, Object... args) {
        System.err.printf("%tT %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
