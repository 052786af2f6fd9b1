package org.convene.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.convene.notification.domain.Notification;
import org.convene.notification.mail.Dispatcher;
import org.convene.notification.mail.NotificationSender;
import org.convene.notification.repository.DeliveryQueue;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.SharedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import jakarta.inject.Inject;

/**
 * The batch sender against the real PostgreSQL and GreenMail: many due rows claimed in batches and sent once each;
 * several senders on one ledger; a claim left by a sender that died; an SMTP outage. Rows are copies of a confirmation
 * that went the whole real way, inserted in SQL (the sender's input is a due PENDING row, whoever wrote it).
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "notification"), @ResourceArg(name = "mail", value = "true")})
class BatchSendingTest {

    @Inject
    DataSource dataSource;

    @Inject
    DeliveryQueue queue;

    @Inject
    NotificationSender sender;

    @Inject
    Vertx vertx;

    UUID template;

    @BeforeEach
    void template() throws Exception {
        template = LedgerRows.template(dataSource);
    }

    @Test
    void manyDueRowsAreSentInBatchesExactlyOnceEach() throws Exception {
        List<String> recipients = LedgerRows.recipients("batch", 600);
        List<UUID> ids = LedgerRows.copies(dataSource, template, recipients);

        Map<UUID, String> statuses = LedgerRows.awaitDone(dataSource, ids, Duration.ofSeconds(90));
        assertEquals(Set.of("SENT"), new HashSet<>(statuses.values()), "every row SENT");
        assertExactlyOnce(ids);
    }

    @Test
    void threeSendersOnOneLedgerNeverSendARowTwice() throws Exception {
        List<Dispatcher> others = new ArrayList<>();
        List<MailClient> clients = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            MailClient client = MailClient.create(vertx, new MailConfig().setHostname("127.0.0.1")
                    .setPort(SharedInfrastructure.mail().smtpPort()).setKeepAlive(true).setMaxPoolSize(4));
            clients.add(client);
            Dispatcher other = sender.instance("test-sender-" + i, client);
            other.start();
            others.add(other);
        }
        try {
            List<UUID> ids = LedgerRows.copies(dataSource, template, LedgerRows.recipients("three", 900));
            Map<UUID, String> statuses = LedgerRows.awaitDone(dataSource, ids, Duration.ofSeconds(120));
            assertEquals(Set.of("SENT"), new HashSet<>(statuses.values()), "every row SENT");
            assertExactlyOnce(ids);
        } finally {
            others.forEach(Dispatcher::stop);
            clients.forEach(MailClient::close);
        }
    }

    @Test
    void concurrentClaimersNeverShareARow() throws Exception {
        // Eight claimers in small batches, racing each other and this instance's running sender for the same rows.
        List<UUID> ids = LedgerRows.copies(dataSource, template, LedgerRows.recipients("claims", 400));
        ExecutorService claimers = Executors.newFixedThreadPool(8);
        List<UUID> claimed = new ArrayList<>();
        try {
            List<Callable<List<UUID>>> work = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                work.add(() -> {
                    List<UUID> mine = new ArrayList<>();
                    List<Notification> batch;
                    do {
                        batch = queue.claim(UUID.randomUUID(), 7, Duration.ofMinutes(5), Set.of());
                        batch.stream().map(row -> row.id).filter(ids::contains).forEach(mine::add);
                    } while (!batch.isEmpty());
                    return mine;
                });
            }
            for (Future<List<UUID>> result : claimers.invokeAll(work)) {
                claimed.addAll(result.get());
            }
            assertEquals(claimed.size(), new HashSet<>(claimed).size(), "no row claimed twice");
            // What the claimers did not get, the running sender got and sent, once; what they got, nobody sent.
            List<UUID> sentByTheSender = ids.stream().filter(id -> !claimed.contains(id)).toList();
            if (!sentByTheSender.isEmpty()) {
                LedgerRows.awaitDone(dataSource, sentByTheSender, Duration.ofSeconds(30));
                assertExactlyOnce(sentByTheSender);
            }
            Map<String, List<String>> received = Mailbox.messageIdsByRecipient();
            for (LedgerRows.Row row : LedgerRows.rows(dataSource, claimed)) {
                assertEquals("PENDING", row.status(), "held by its claimer: " + row.id());
                assertFalse(received.containsKey(row.recipient()), "nobody sent a row another claims: " + row.id());
            }
        } finally {
            claimers.shutdownNow();
            sql("update notification set status = 'SUPPRESSED', suppressed_reason = 'OPTED_OUT', next_attempt_at = null,"
                    + " claim = null,"
                    + " claimed_until = null where id = any (?) and status = 'PENDING'", ids);
        }
    }

    @Test
    void aClaimLeftByADeadSenderIsSentOnceItsLeaseHasExpired() throws Exception {
        // Rows a sender claimed (a lease of 4 s) before it died, sending nothing.
        List<UUID> ids = LedgerRows.copies(dataSource, template, LedgerRows.recipients("crashed", 30),
                UUID.randomUUID(), Duration.ofSeconds(4));
        long claimedAt = System.nanoTime();

        Thread.sleep(1_000); // five sweeps of the running sender (poll-interval 200 ms in tests)
        List<LedgerRows.Row> held = LedgerRows.rows(dataSource, ids);
        if (System.nanoTime() - claimedAt < Duration.ofSeconds(3).toNanos()) { // else the machine stalled: skip
            Map<String, List<String>> received = Mailbox.messageIdsByRecipient();
            for (LedgerRows.Row row : held) {
                assertEquals("PENDING", row.status(), "the lease holds: nobody else sends " + row.id());
                assertFalse(received.containsKey(row.recipient()), "not sent under another's lease: " + row.id());
            }
        }

        Map<UUID, String> statuses = LedgerRows.awaitDone(dataSource, ids, Duration.ofSeconds(30));
        assertEquals(Set.of("SENT"), new HashSet<>(statuses.values()), "sent once the lease expired");
        for (LedgerRows.Row row : LedgerRows.rows(dataSource, ids)) {
            // the dead sender's claim was no attempt: one attempt, or more only with a failure recorded for them
            // (a send that failed on a busy machine and was retried)
            assertTrue(row.attempts() == 1 || row.attempts() > 1 && row.lastError() != null,
                    "the dead sender's claim was no attempt: " + row.attempts() + " attempts, " + row.lastError());
        }
        assertExactlyOnce(ids);
    }

    @Test
    void anSmtpOutageDuringABatchDelaysButLosesNothingAndDuplicatesNothing() throws Exception {
        List<UUID> ids;
        SharedInfrastructure.mail().greenMail().stop();
        try {
            ids = LedgerRows.copies(dataSource, template, LedgerRows.recipients("outage", 150));
            // Every row tried and failed while the server was away: PENDING, an attempt and its error recorded, the
            // claim given back, a next attempt scheduled.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<LedgerRows.Row> rows = LedgerRows.rows(dataSource, ids);
            while (rows.stream().anyMatch(row -> row.attempts() == 0) && System.nanoTime() < deadline) {
                Thread.sleep(200);
                rows = LedgerRows.rows(dataSource, ids);
            }
            for (LedgerRows.Row row : rows) {
                assertEquals("PENDING", row.status(), row.id().toString());
                assertTrue(row.attempts() >= 1, "attempted while the server was down: " + row.id());
                assertTrue(row.lastError() != null && !row.lastError().isBlank(), "error recorded: " + row.id());
            }
        } finally {
            SharedInfrastructure.mail().greenMail().start();
        }
        Map<UUID, String> statuses = LedgerRows.awaitDone(dataSource, ids, Duration.ofSeconds(60));
        assertEquals(Set.of("SENT"), new HashSet<>(statuses.values()), "all sent once the server was back");
        for (LedgerRows.Row row : LedgerRows.rows(dataSource, ids)) {
            assertNotNull(row.lastError(), "the last failure stays visible after SENT: " + row.id());
            assertTrue(row.attempts() >= 2, "retried: " + row.id());
        }
        assertExactlyOnce(ids);
    }

    /** Each row: SENT, its claim released, and exactly one message in its recipient's mailbox, with its Message-ID. */
    private void assertExactlyOnce(List<UUID> ids) throws Exception {
        Thread.sleep(500); // a late second copy would arrive within this
        Map<String, List<String>> received = Mailbox.messageIdsByRecipient();
        List<String> problems = new ArrayList<>();
        for (LedgerRows.Row row : LedgerRows.rows(dataSource, ids)) {
            List<String> messages = received.getOrDefault(row.recipient(), List.of());
            if (!messages.equals(List.of(row.messageId()))) {
                problems.add(row.recipient() + " got " + messages);
            }
            if (!"SENT".equals(row.status()) || !row.sent() || row.claim() != null) {
                problems.add(row + " is not SENT with its claim released");
            }
        }
        Collections.sort(problems);
        assertTrue(problems.isEmpty(), problems.size() + " problem(s), e.g. "
                + problems.subList(0, Math.min(5, problems.size())));
        assertFalse(ids.isEmpty());
    }

    private void sql(String statement, List<UUID> ids) throws Exception {
        try (var connection = dataSource.getConnection(); var update = connection.prepareStatement(statement)) {
            update.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            update.executeUpdate();
        }
    }
}
