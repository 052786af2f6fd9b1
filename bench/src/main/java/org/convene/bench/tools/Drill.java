package org.convene.bench.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;

/**
 * The fault drills' Java side (bench/drill does the faults):
 *
 * <pre>
 * workshop  --capacity N                          create and publish a drill workshop, print its id
 * load      --workshop ID --count N --rate R --out FILE [--retry-seconds S]
 *           sign-ups at R/s (open model), each with its own Idempotency-Key, retried with the SAME key and body
 *           after a connection error, a timeout, a 5xx or a 429 until it gets an answer, for at most S seconds
 *           after the last sign-up was first sent (bounded in count and time); one TSV line per sign-up
 * imap      --workshop ID --out FILE              count each registration's emails in GreenMail (IMAP), per address
 * verify    --workshop ID --load FILE [--baseline FILE] [--wait S] [--out FILE]
 *           every 201 matches exactly one registration; confirmed ≤ capacity; every registration has exactly one
 *           event (registration.registrations.v1, distinct ce_id of confirmed/waitlisted per ce_subject) and
 *           exactly one email (IMAP; plus --baseline, counted before the mail sink was restarted); waitlist
 *           positions 1..n without a gap, in arrival order (registered_at); prints the counts, exits 1 on any
 *           mismatch
 * waitlist  --workshop ID                         only the waitlist check of verify; exits 1 on a mismatch
 * address-limit --url URL --count N --expect M    N sign-ups from one address through URL: exactly M 201s
 * email-limit [--limit 10] [--beyond 4]           one address signs up for limit + beyond workshops through
 *           BENCH_REGISTRATION_URL: exactly limit 201s and beyond 429s, whichever instance answers each
 * </pre>
 */
public final class Drill {

    private Drill() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException(
                    "usage: Drill workshop|load|imap|verify|waitlist|email-limit|address-limit --option value ...");
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int status = switch (args[0]) {
            case "workshop" -> {
                System.out.println(Bench.createWorkshop("Fault drill " + Long.toString(System.currentTimeMillis(), 36),
                        Integer.parseInt(options.getOrDefault("capacity", "150")), true));
                yield 0;
            }
            case "load" -> load(UUID.fromString(options.get("workshop")), Integer.parseInt(options.get("count")),
                    Double.parseDouble(options.get("rate")), Paths.get(options.get("out")),
                    Integer.parseInt(options.getOrDefault("retry-seconds", "180")));
            case "imap" -> {
                Map<String, Integer> counts = imapCounts(registrationEmails(UUID.fromString(options.get("workshop"))));
                try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Paths.get(options.get("out"))))) {
                    counts.forEach((email, count) -> out.println(email + "\t" + count));
                }
                System.out.println("imap: " + counts.values().stream().mapToInt(Integer::intValue).sum()
                        + " messages for " + counts.size() + " addresses");
                yield 0;
            }
            case "verify" -> verify(UUID.fromString(options.get("workshop")), Paths.get(options.get("load")),
                    options.containsKey("baseline") ? Paths.get(options.get("baseline")) : null,
                    Integer.parseInt(options.getOrDefault("wait", "240")),
                    options.containsKey("out") ? Paths.get(options.get("out")) : null);
            case "waitlist" -> {
                WaitlistCheck check = waitlistCheck(UUID.fromString(options.get("workshop")));
                System.out.println(check.describe());
                yield check.ok() ? 0 : 1;
            }
            case "address-limit" -> addressLimit(options.get("url"), Integer.parseInt(options.get("count")),
                    Integer.parseInt(options.get("expect")));
            case "email-limit" -> emailLimit(Integer.parseInt(options.getOrDefault("limit", "10")),
                    Integer.parseInt(options.getOrDefault("beyond", "4")));
            default -> throw new IllegalArgumentException("unknown drill command " + args[0]);
        };
        System.exit(status);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // email-limit

    /**
     * The per-email sign-up limit seen through the balancer: one address signs up for {@code limit + beyond} workshops
     * of its own, one after the other, so the round robin spreads them over the instances. The limit lives in
     * PostgreSQL, so the fleet accepts exactly {@code limit} and answers 429 to the rest; a limit kept per instance
     * would accept {@code limit} per instance.
     */
    static int emailLimit(int limit, int beyond) {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String email = "limit-" + run + "@drill.bench.example";
        Map<Integer, Integer> answers = new java.util.TreeMap<>();
        for (int i = 0; i < limit + beyond; i++) {
            UUID workshop = Bench.createWorkshop("Email limit " + run + " " + i, 5, false);
            Bench.Response response = Bench.call("POST", Bench.REGISTRATION + "/api/v1/workshops/" + workshop
                    + "/registrations", Map.of("fullName", "Limit Probe", "email", email), false,
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            answers.merge(response.status(), 1, Integer::sum);
        }
        boolean ok = answers.getOrDefault(201, 0) == limit && answers.getOrDefault(429, 0) == beyond;
        System.out.println("email-limit: " + (limit + beyond) + " sign-ups of one address through the balancer: "
                + answers + " (expected " + limit + " x 201, " + beyond + " x 429: one count for the fleet) "
                + (ok ? "OK" : "FAILED"));
        return ok ? 0 : 1;
    }

    /**
     * The per-address limit seen through a balancer over instances that keep it: {@code count} sign-ups (distinct
     * emails) from one client address, inside one minute's window; each instance counts its own, on purpose
     * (docs/operations.md), so the fleet accepts {@code expect} (the limit times the instances) and answers 429 beyond.
     */
    static int addressLimit(String url, int count, int expect) {
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 30_000) {
            Bench.sleep(60_000 - intoMinute + 500); // the windows are aligned to the minute: all of it in one
        }
        String run = Long.toString(System.currentTimeMillis(), 36);
        UUID workshop = Bench.createWorkshop("Address limit " + run, count + 10, false);
        Map<Integer, Integer> answers = new java.util.TreeMap<>();
        for (int i = 0; i < count; i++) {
            Bench.Response response = Bench.call("POST", url + "/api/v1/workshops/" + workshop + "/registrations",
                    Map.of("fullName", "Address Probe " + i, "email", "address-" + run + "-" + i
                            + "@drill.bench.example"), false, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            answers.merge(response.status(), 1, Integer::sum);
        }
        boolean ok = answers.getOrDefault(201, 0) == expect && answers.getOrDefault(429, 0) == count - expect;
        System.out.println("address-limit: " + count + " sign-ups from one address through the balancer: " + answers
                + " (expected " + expect + " x 201: the limit per instance times the instances, " + (count - expect)
                + " x 429) " + (ok ? "OK" : "FAILED"));
        return ok ? 0 : 1;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // load

    record Outcome(int n, String key, String email, int status, String registrationId, String registrationStatus,
            int attempts, String lastError) {
    }

    static int load(UUID workshop, int count, double rate, Path out, int retrySeconds) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1).build();
        String run = Long.toString(System.currentTimeMillis(), 36);
        String url = Bench.REGISTRATION + "/api/v1/workshops/" + workshop + "/registrations";
        long loadMillis = (long) (count * 1000 / rate);
        long giveUpAt = System.currentTimeMillis() + loadMillis + retrySeconds * 1000L;
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(128);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<Future<?>> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
        ticker.scheduleAtFixedRate(() -> {
            int n = issued.incrementAndGet();
            if (n > count) {
                return;
            }
            tasks.add(workers.submit(() -> {
                String key = UUID.randomUUID().toString();
                String email = "drill-" + run + "-" + n + "@bench.example";
                String body = "{\"fullName\":\"Drill Attendee " + n + "\",\"email\":\"" + email + "\"}";
                int attempts = 0;
                String lastError = "";
                long backoff = 100;
                while (true) {
                    attempts++;
                    int status;
                    String text = null;
                    long retryAfter = 0;
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                                .header("Accept", "application/json").header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        status = response.statusCode();
                        text = response.body();
                        retryAfter = response.headers().firstValue("Retry-After").map(v -> {
                            try {
                                return Long.parseLong(v.trim()) * 1000;
                            } catch (NumberFormatException e) {
                                return 0L;
                            }
                        }).orElse(0L);
                    } catch (IOException e) {
                        status = 0;
                        lastError = e.getClass().getSimpleName();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    answers.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    boolean retry = status == 0 || status == 429 || status >= 500;
                    if (!retry || System.currentTimeMillis() > giveUpAt) {
                        String id = null;
                        String registrationStatus = null;
                        if (status == 201) {
                            try {
                                JsonNode json = Bench.JSON.readTree(text);
                                id = json.path("id").asText();
                                registrationStatus = json.path("status").asText();
                            } catch (IOException e) {
                                lastError = "unreadable 201 body";
                            }
                        } else if (text != null) {
                            lastError = text.length() > 200 ? text.substring(0, 200) : text;
                        }
                        outcomes.add(new Outcome(n, key, email, status, id, registrationStatus, attempts,
                                lastError.replaceAll("[\\t\\n\\r]", " ")));
                        return;
                    }
                    retries.incrementAndGet();
                    Bench.sleep(Math.max(backoff, Math.min(retryAfter, 5000)));
                    backoff = Math.min(backoff * 2, 2000);
                }
            }));
        }, 0, (long) (1_000_000 / rate), TimeUnit.MICROSECONDS);
        long started = System.currentTimeMillis();
        while (issued.get() < count && System.currentTimeMillis() < started + loadMillis + 30_000) {
            Bench.sleep(100);
        }
        ticker.shutdownNow();
        for (Future<?> task : new ArrayList<>(tasks)) {
            try {
                task.get(Math.max(1, giveUpAt + 15_000 - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                task.cancel(true);
            }
        }
        workers.shutdownNow();
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(java.util.Comparator.comparingInt(Outcome::n));
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(out))) {
            writer.println("n\tkey\temail\tstatus\tregistration\tregistrationStatus\tattempts\tlastError");
            for (Outcome o : sorted) {
                writer.println(o.n() + "\t" + o.key() + "\t" + o.email() + "\t" + o.status() + "\t"
                        + (o.registrationId() == null ? "" : o.registrationId()) + "\t"
                        + (o.registrationStatus() == null ? "" : o.registrationStatus()) + "\t" + o.attempts() + "\t"
                        + o.lastError());
            }
        }
        Map<String, Integer> finals = new TreeMap<>();
        sorted.forEach(o -> finals.merge(String.valueOf(o.status()), 1, Integer::sum));
        System.out.println("load: " + sorted.size() + "/" + count + " sign-ups finished in "
                + (System.currentTimeMillis() - started) / 1000 + " s; final answers " + finals + "; retries "
                + retries.get() + "; every answer seen " + new TreeMap<>(answers));
        return 0;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // verify

    record Row(UUID id, String email, String status) {
    }

    static int verify(UUID workshop, Path loadFile, Path baselineFile, int waitSeconds, Path out) throws Exception {
        // what the clients were told
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(loadFile, StandardCharsets.UTF_8)) {
            if (!line.startsWith("n\t") && !line.isBlank()) {
                lines.add(line.split("\t", -1));
            }
        }
        Map<String, String> acceptedIdByEmail = new HashMap<>();
        int accepted = 0;
        int conflicts = 0;
        int unanswered = 0;
        int otherAnswers = 0;
        for (String[] f : lines) {
            int status = Integer.parseInt(f[3]);
            if (status == 201) {
                accepted++;
                acceptedIdByEmail.put(f[2].toLowerCase(Locale.ROOT), f[4]);
            } else if (status == 409) {
                conflicts++;
            } else if (status == 0 || status >= 500 || status == 429) {
                unanswered++;
            } else {
                otherAnswers++;
            }
        }

        // the database
        List<Row> rows = new ArrayList<>();
        try (Connection connection = Bench.db("convene_registration");
                var statement = connection.prepareStatement(
                        "select id, lower(email), status from registration where workshop_id = ?")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row((UUID) rs.getObject(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        Map<String, Object> overbooking = Bench.overbookingCheck(workshop);
        Map<UUID, Row> rowsById = new HashMap<>();
        Map<String, Integer> rowsPerEmail = new HashMap<>();
        for (Row row : rows) {
            rowsById.put(row.id(), row);
            rowsPerEmail.merge(row.email(), 1, Integer::sum);
        }
        int acceptedMissing = 0;
        int acceptedMismatched = 0;
        for (Map.Entry<String, String> entry : acceptedIdByEmail.entrySet()) {
            Row row = rowsById.get(UUID.fromString(entry.getValue()));
            if (row == null) {
                acceptedMissing++;
            } else if (!row.email().equals(entry.getKey())) {
                acceptedMismatched++;
            }
        }
        int duplicateRegistrations = 0;
        for (int n : rowsPerEmail.values()) {
            duplicateRegistrations += Math.max(0, n - 1);
        }
        int orphans = 0; // registered, but the client was never told (gave up before an answer)
        for (Row row : rows) {
            if (!acceptedIdByEmail.containsKey(row.email())) {
                orphans++;
            }
        }
        long confirmed = rows.stream().filter(r -> r.status().equals("CONFIRMED")).count();
        long waitlisted = rows.stream().filter(r -> r.status().equals("WAITLISTED")).count();
        WaitlistCheck waitlist = waitlistCheck(workshop);

        // events and emails, waited for up to waitSeconds
        Set<UUID> ids = rowsById.keySet();
        Map<UUID, Set<String>> eventIds = new HashMap<>();
        Map<String, Integer> ceIdSeen = new HashMap<>();
        Map<String, Integer> baseline = baselineFile == null ? Map.of() : readCounts(baselineFile);
        Map<String, Integer> emails = new HashMap<>();
        long deadline = System.currentTimeMillis() + waitSeconds * 1000L;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(EventLag.consumerConfig())) {
            List<TopicPartition> partitions = EventLag.partitions(consumer, Bench.REGISTRATIONS_TOPIC);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            boolean eventsComplete = false;
            boolean emailsComplete = false;
            Set<String> pendingEmails = new HashSet<>();
            rows.forEach(r -> pendingEmails.add(r.email()));
            while (System.currentTimeMillis() < deadline && !(eventsComplete && emailsComplete)) {
                if (!eventsComplete) {
                    EventLag.readSignUpEvents(consumer, partitions, workshop, eventIds, ceIdSeen);
                    eventsComplete = eventIds.keySet().containsAll(ids);
                }
                if (!emailsComplete) {
                    Map<String, Integer> counts = imapCounts(pendingEmails);
                    emails.putAll(counts);
                    pendingEmails.removeIf(e -> counts.getOrDefault(e, 0) + baseline.getOrDefault(e, 0) > 0);
                    emailsComplete = pendingEmails.isEmpty();
                }
                if (!(eventsComplete && emailsComplete)) {
                    Bench.sleep(2000);
                }
            }
        }
        // a last full count, a few seconds after everything arrived, so that a late second copy is seen too
        Bench.sleep(5000);
        emails.putAll(imapCounts(rowsPerEmail.keySet()));

        int withEvent = 0;
        int missingEvents = 0;
        int duplicateEvents = 0;
        for (UUID id : ids) {
            int n = eventIds.getOrDefault(id, Set.of()).size();
            if (n == 0) {
                missingEvents++;
            } else {
                withEvent++;
                duplicateEvents += n - 1;
            }
        }
        int redelivered = 0;
        for (int n : ceIdSeen.values()) {
            redelivered += n - 1;
        }
        int emailTotal = 0;
        int missingEmails = 0;
        int duplicateEmails = 0;
        for (String email : rowsPerEmail.keySet()) {
            int n = emails.getOrDefault(email, 0) + baseline.getOrDefault(email, 0);
            emailTotal += n;
            if (n == 0) {
                missingEmails++;
            }
            duplicateEmails += Math.max(0, n - 1);
        }
        Map<String, Integer> ledger = ledgerCounts(workshop);

        int duplicates = duplicateRegistrations + duplicateEvents + duplicateEmails;
        int lost = acceptedMissing + acceptedMismatched + missingEvents + missingEmails;
        boolean overbooked = Boolean.TRUE.equals(overbooking.get("overbooked"));
        boolean countersOk = Boolean.TRUE.equals(overbooking.get("countersMatchRows"));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workshopId", workshop.toString());
        result.put("signUps", lines.size());
        result.put("accepted", accepted);
        result.put("registrations", rows.size());
        result.put("confirmed", confirmed);
        result.put("waitlisted", waitlisted);
        result.put("capacity", overbooking.get("capacity"));
        result.put("events", withEvent);
        result.put("emails", emailTotal);
        result.put("duplicates", duplicates);
        result.put("lost", lost);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("acceptedMissingInDatabase", acceptedMissing);
        detail.put("acceptedWithOtherEmail", acceptedMismatched);
        detail.put("duplicateRegistrations", duplicateRegistrations);
        detail.put("duplicateEvents", duplicateEvents);
        detail.put("duplicateEmails", duplicateEmails);
        detail.put("missingEvents", missingEvents);
        detail.put("missingEmails", missingEmails);
        detail.put("redeliveredRecords(sameCeId)", redelivered);
        detail.put("unanswered", unanswered);
        detail.put("conflict409", conflicts);
        detail.put("otherAnswers", otherAnswers);
        detail.put("orphans(registeredButNoAnswer)", orphans);
        detail.put("overbooked", overbooked);
        detail.put("countersMatchRows", countersOk);
        detail.put("waitlistPositions", waitlist.positions());
        detail.put("waitlistGaps", waitlist.gaps());
        detail.put("waitlistRepeated", waitlist.repeated());
        detail.put("waitlistOutOfArrivalOrder", waitlist.outOfOrder());
        detail.put("emailsBeforeMailSinkRestart", baseline.values().stream().mapToInt(Integer::intValue).sum());
        detail.put("ledger", ledger);
        result.put("detail", detail);
        boolean ok = duplicates == 0 && lost == 0 && !overbooked && countersOk && unanswered == 0 && conflicts == 0
                && otherAnswers == 0 && accepted == rows.size() && rows.size() == lines.size() && waitlist.ok();
        result.put("ok", ok);
        if (out != null) {
            Bench.writeJson(out, result);
        }
        System.out.printf("accepted=%d confirmed=%d waitlisted=%d (capacity %s) events=%d emails=%d duplicates=%d"
                + " lost=%d%n", accepted, confirmed, waitlisted, overbooking.get("capacity"), withEvent, emailTotal,
                duplicates, lost);
        System.out.println("detail: " + detail);
        System.out.println("verify: " + waitlist.describe());
        System.out.println(ok ? "verify: OK" : "verify: MISMATCH");
        return ok ? 0 : 1;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the waitlist: positions 1..n in arrival order

    /**
     * The waitlist of a workshop against its rules: the n WAITLISTED registrations hold the positions 1..n, each once
     * (gaps: numbers of 1..n no one holds; repeated: positions held more than once), and a registration that arrived
     * earlier (registered_at) holds a smaller position (outOfOrder: neighbours in position order whose registered_at
     * goes back in time; sign-ups decided in one group share their registered_at and may stand in either order).
     */
    record WaitlistCheck(int positions, int gaps, int repeated, int outOfOrder, String firstPositionError,
            String firstOutOfOrder) {

        boolean ok() {
            return gaps == 0 && repeated == 0 && outOfOrder == 0;
        }

        String describe() {
            if (ok() && positions == 0) {
                return "waitlist OK: no one waitlisted";
            }
            if (ok()) {
                return "waitlist OK: " + positions + " positions, 1.." + positions
                        + " without a gap, in arrival order (registered_at)";
            }
            StringBuilder text = new StringBuilder("waitlist MISMATCH: " + positions + " waitlisted; ");
            text.append(gaps).append(" positions of 1..").append(positions).append(" missing, ").append(repeated)
                    .append(" repeated");
            if (firstPositionError != null) {
                text.append(" (").append(firstPositionError).append(')');
            }
            text.append("; ").append(outOfOrder).append(" out of arrival order");
            if (firstOutOfOrder != null) {
                text.append(" (").append(firstOutOfOrder).append(')');
            }
            return text.toString();
        }
    }

    record Waitlisted(int position, Instant registeredAt, UUID id) {
    }

    static WaitlistCheck waitlistCheck(UUID workshop) throws Exception {
        List<Waitlisted> waitlist = new ArrayList<>();
        try (Connection connection = Bench.db("convene_registration");
                var statement = connection.prepareStatement("select waitlist_position, registered_at, id"
                        + " from registration where workshop_id = ? and status = 'WAITLISTED'"
                        + " order by waitlist_position, registered_at, id")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    waitlist.add(new Waitlisted(rs.getInt(1),
                            rs.getObject(2, OffsetDateTime.class).toInstant(), (UUID) rs.getObject(3)));
                }
            }
        }
        return waitlistCheck(waitlist);
    }

    /** The check of {@link #waitlistCheck(UUID)} on the waitlist in position order. */
    static WaitlistCheck waitlistCheck(List<Waitlisted> byPosition) {
        int n = byPosition.size();
        Set<Integer> held = new HashSet<>();
        int repeated = 0;
        String firstPositionError = null;
        for (Waitlisted w : byPosition) {
            if (!held.add(w.position())) {
                repeated++;
                if (firstPositionError == null) {
                    firstPositionError = "position " + w.position() + " held twice, e.g. by " + w.id();
                }
            }
        }
        int gaps = 0;
        for (int position = 1; position <= n; position++) {
            if (!held.contains(position)) {
                gaps++;
                if (firstPositionError == null) {
                    firstPositionError = "first missing: " + position;
                }
            }
        }
        int outOfOrder = 0;
        String firstOutOfOrder = null;
        for (int i = 1; i < n; i++) {
            Waitlisted before = byPosition.get(i - 1);
            Waitlisted after = byPosition.get(i);
            if (after.registeredAt().isBefore(before.registeredAt())) {
                outOfOrder++;
                if (firstOutOfOrder == null) {
                    firstOutOfOrder = "first: position " + after.position() + " registered at " + after.registeredAt()
                            + ", before position " + before.position() + " at " + before.registeredAt();
                }
            }
        }
        return new WaitlistCheck(n, gaps, repeated, outOfOrder, firstPositionError, firstOutOfOrder);
    }

    static Set<String> registrationEmails(UUID workshop) throws Exception {
        Set<String> emails = new HashSet<>();
        try (Connection connection = Bench.db("convene_registration");
                var statement = connection.prepareStatement(
                        "select lower(email) from registration where workshop_id = ?")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    emails.add(rs.getString(1));
                }
            }
        }
        return emails;
    }

    static Map<String, Integer> ledgerCounts(UUID workshop) {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = Bench.db("convene_notification");
                var statement = connection.prepareStatement("select type || ':' || status, count(*)"
                        + " from notification where workshop_id = ? group by 1")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (Exception e) {
            counts.put("error: " + e.getMessage(), -1);
        }
        return counts;
    }

    static Map<String, Integer> readCounts(Path file) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                counts.put(f[0], Integer.parseInt(f[1]));
            }
        }
        return counts;
    }

    /** Messages in each address's GreenMail INBOX (login = the address, any password); 4 connections at a time. */
    static Map<String, Integer> imapCounts(Set<String> addresses) throws Exception {
        Properties props = new Properties();
        props.put("mail.store.protocol", "imap");
        props.put("mail.imap.host", Bench.IMAP_HOST);
        props.put("mail.imap.port", String.valueOf(Bench.IMAP_PORT));
        props.put("mail.imap.connectiontimeout", "3000");
        props.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        Map<String, Integer> counts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (String address : addresses) {
            futures.add(pool.submit(() -> {
                try (Store store = session.getStore("imap")) {
                    store.connect(Bench.IMAP_HOST, Bench.IMAP_PORT, address, "bench");
                    Folder inbox = store.getFolder("INBOX");
                    if (!inbox.exists()) {
                        counts.put(address, 0);
                        return;
                    }
                    inbox.open(Folder.READ_ONLY);
                    counts.put(address, inbox.getMessageCount());
                    inbox.close(false);
                } catch (Exception e) {
                    counts.put(address, 0); // the sink is down or the mailbox does not exist yet
                }
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        return counts;
    }
}
