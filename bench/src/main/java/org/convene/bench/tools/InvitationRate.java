package org.convene.bench.tools;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A city network's invitation round: the members of INVITE_CITIES (120) cities, INVITE_PEOPLE (5,000) people in all,
 * invited to one workshop in one call; then every invitation email accepted by the SMTP sink exactly once.
 *
 * <ol>
 * <li><b>The directory</b>: the cities through {@code POST /cities}, the people through one CSV
 * {@code POST /members/import}; then the wait until registration-service's replica knows every one of them (Kafka).
 * <li><b>Time to create</b>: {@code POST /workshops/{id}/invitations} with the 120 {@code cityIds} on a workshop with
 * {@code admission: INVITATION}, timed by this client from request to answer (5,000 rows, their tokens and 5,000
 * outbox events in one transaction).
 * <li><b>Emails/s</b>: the INVITATION ledger rows of that workshop, from the first to the last {@code sent_at}
 * (SMTP accepted); also the call's answer → first and last email. Then every invitee's inbox read over IMAP: exactly
 * the Message-ID of their SENT row, once.
 * <li><b>The sink's raw rate, same run</b>: as many copies of one invitation's MIME source, to the same 5,000
 * addresses (their mailboxes now exist, so the sink does not pay for creating them: the limit is, if anything, high),
 * by {@link EmailRate}'s minimal SMTP client over EMAILS_RAW_CONNECTIONS (4) connections.
 * </ol>
 * Afterwards every message of the run is deleted from the sink. Writes {@code invitations.json}.
 */
public final class InvitationRate {

    private InvitationRate() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static String address(String run, int i) {
        return "invite-" + run + "-" + i + "@bench.example";
    }

    static void run() throws Exception {
        int cityCount = Bench.envInt("INVITE_CITIES", 120);
        int people = Bench.envInt("INVITE_PEOPLE", 5_000);
        int connections = Bench.envInt("EMAILS_RAW_CONNECTIONS", 4);
        int timeoutSeconds = Bench.envInt("INVITE_TIMEOUT_SECONDS", 600);
        String run = Long.toString(System.currentTimeMillis(), 36);

        List<UUID> cities = Bench.cities("Invitation round " + run, cityCount);
        List<String> addresses = new ArrayList<>();
        StringBuilder csv = new StringBuilder("fullName,email,cityId\n");
        for (int i = 0; i < people; i++) {
            addresses.add(address(run, i));
            csv.append("Invitee ").append(i).append(',').append(addresses.get(i)).append(',')
                    .append(cities.get(i % cityCount)).append('\n');
        }
        JsonNode imported = Bench.expect(Bench.call("POST", Bench.DIRECTORY + "/api/v1/members/import",
                csv.toString(), true, Map.of("Content-Type", "text/csv")), "POST /members/import", 200);
        System.out.println("InvitationRate: import " + imported);
        awaitReplica(cities, people, timeoutSeconds);

        UUID workshop = Bench.createWorkshop("Invitation round " + run, people, false,
                Map.of("admission", "INVITATION"));
        Map<String, Object> body = Map.of("cityIds", cities);
        long started = System.nanoTime();
        JsonNode outcome = Bench.expect(Bench.call("POST", Bench.REGISTRATION + "/api/v1/workshops/" + workshop
                + "/invitations", body, true, Map.of()), "POST /invitations", 200, 201);
        Instant answered = Instant.now();
        double createSeconds = (System.nanoTime() - started) / 1e9;
        int created = outcome.path("created").isArray() ? outcome.path("created").size()
                : outcome.path("created").asInt(-1);
        System.out.printf("InvitationRate: %d invitations created in %.2f s%n", created, createSeconds);

        EmailRate.Cpu cpu = EmailRate.Cpu.start();
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        Map<String, Object> progress = progress(workshop);
        while (((Number) progress.get("done")).longValue() < people && System.currentTimeMillis() < deadline) {
            Bench.sleep(500);
            progress = progress(workshop);
        }
        long sent = ((Number) progress.get("sent")).longValue();
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("rows", progress.get("rows"));
        service.put("sent", sent);
        service.put("failed", progress.get("failed"));
        service.put("notDone", people - ((Number) progress.get("done")).longValue());
        service.put("attemptsAboveOne", progress.get("retried"));
        Timestamp first = (Timestamp) progress.get("firstSentAt");
        Timestamp last = (Timestamp) progress.get("lastSentAt");
        if (first != null && last != null && sent > 1) {
            double seconds = Duration.between(first.toInstant(), last.toInstant()).toNanos() / 1e9;
            service.put("seconds", EmailRate.round(seconds));
            service.put("emailsPerSecond", EmailRate.round((sent - 1) / seconds));
            service.put("answerToFirstSentMs", Duration.between(answered, first.toInstant()).toMillis());
            service.put("answerToLastSentSeconds",
                    EmailRate.round(Duration.between(answered, last.toInstant()).toNanos() / 1e9));
        }
        service.putAll(cpu.stop(sent));

        Map<String, Object> inboxes = EmailRate.inboxCheck(expected(workshop));
        System.out.println("InvitationRate: inboxes " + inboxes);
        byte[] mime = EmailRate.mimeOf(addresses.get(0));
        Map<String, Object> raw = EmailRate.rawRate(mime, addresses, connections);
        long purged = EmailRate.purge(new LinkedHashSet<>(addresses));
        System.out.println("InvitationRate: " + purged + " messages deleted from the sink");

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workshopId", workshop.toString());
        result.put("cities", cityCount);
        result.put("people", people);
        result.put("created", created);
        result.put("alreadyInvited", outcome.path("alreadyInvited").size());
        result.put("skipped", outcome.path("skipped").size());
        result.put("createSeconds", Math.round(createSeconds * 100) / 100.0);
        result.put("createMillis", Math.round(createSeconds * 1000));
        result.put("emailsPerSecond", service.get("emailsPerSecond"));
        result.put("sinkRawPerSecond", raw.get("emailsPerSecond"));
        result.put("service", service);
        result.put("sink", raw);
        result.put("inboxes", inboxes);
        result.put("messageBytes", mime.length);
        Bench.writeJson(Bench.outDir().resolve("invitations.json"), result);
        System.out.println("InvitationRate: " + Bench.JSON.writeValueAsString(result));
    }

    /** Waits until registration-service's replica holds {@code people} members of these cities. */
    static void awaitReplica(List<UUID> cities, int people, int timeoutSeconds) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        long known = 0;
        while (System.currentTimeMillis() < deadline) {
            try (Connection connection = Bench.db("convene_registration");
                    var statement = connection.prepareStatement(
                            "select count(*) from member_replica where city_id = any(?) and not erased")) {
                statement.setArray(1, connection.createArrayOf("uuid", cities.toArray()));
                try (var rs = statement.executeQuery()) {
                    rs.next();
                    known = rs.getLong(1);
                }
            }
            if (known >= people) {
                return;
            }
            Bench.sleep(500);
        }
        throw new IllegalStateException("registration-service's replica knows " + known + " of " + people
                + " members after " + timeoutSeconds + " s");
    }

    static Map<String, Object> progress(UUID workshop) throws Exception {
        return EmailRate.progress("workshop_id = ? and type = 'INVITATION'", workshop);
    }

    /** Recipient → the Message-IDs of the SENT invitation rows of this workshop. */
    static Map<String, Set<String>> expected(UUID workshop) throws Exception {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        try (Connection connection = Bench.db("convene_notification");
                var statement = connection.prepareStatement("select recipient, message_id from notification"
                        + " where workshop_id = ? and type = 'INVITATION' and status = 'SENT'")) {
            statement.setObject(1, workshop);
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    expected.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                }
            }
        }
        return expected;
    }
}
