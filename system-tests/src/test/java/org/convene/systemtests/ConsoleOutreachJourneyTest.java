package org.convene.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.convene.testkit.KeycloakServer;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Outreach in the console, in a browser (browser/console-outreach.mjs): an announcement to a workshop's three
 * registrants (after a mistake), the workshop's emails in the ledger, and a webhook to a receiver this test runs on
 * 127.0.0.1: created (secret shown once), its first delivery refused by the receiver and retried from the console,
 * disabled, deleted. Then the API, the mailbox and the receiver say what happened.
 *
 * <p>The webhook's URL is on 127.0.0.1: notification-service must run with CONVENE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true
 * (ConveneSystem's notification environment), or it refuses the URL as a private target.
 */
class ConsoleOutreachJourneyTest {

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void anOrganiserAnnouncesReadsTheLedgerAndKeepsAWebhook() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String city = Api.createCity(system, "Barasat");
        String title = "Heat shelters " + suffix;
        String workshopId = Api.openWorkshop(system, city, title, 10);
        List<String> emails = List.of("nasrin." + suffix + "@kmc.example", "tariq." + suffix + "@dncc.example",
                "ruma." + suffix + "@hmc.example");
        List<String> names = List.of("Nasrin Akter", "Tariq Hasan", "Ruma Das");
        for (int i = 0; i < emails.size(); i++) {
            Api.signUp(system, workshopId, names.get(i), emails.get(i)).then().statusCode(201)
                    .body("status", equalTo("CONFIRMED"));
        }
        // the confirmations reach the mailbox, so the ledger has them (SENT) when the emails page is opened
        ImapMailbox mailbox = new ImapMailbox(system.mail.imapPort());
        for (String email : emails) {
            mailbox.await(email, mail -> mail.subject().contains(title), 1, Duration.ofSeconds(45));
        }
        // the webhook's events come from sign-ups to another workshop (the first one keeps its three registrants)
        String trigger = Api.openWorkshop(system, city, "Webhook trigger " + suffix, 50);
        String organiser = system.keycloak.passwordToken(KeycloakServer.ORGANISER, system.keycloak.organiserPassword());
        String subject = "Room change: we meet in Hall B " + suffix;

        try (Receiver receiver = Receiver.start()) {
            CompletableFuture<Void> journey = CompletableFuture.runAsync(() -> {
                try {
                    ConsoleBrowser.run(system, "outreach", workshopId, emails.get(0), subject, receiver.url());
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            // once the console has created the webhook, one event for it (another if nothing arrives for a while)
            int triggers = 0;
            long lastTrigger = 0;
            while (!journey.isDone()) {
                if (receiver.requests.isEmpty() && System.currentTimeMillis() - lastTrigger > 15_000
                        && webhookUrls(organiser).contains(receiver.url())) {
                    Api.signUp(system, trigger, "Webhook Trigger", "trigger." + triggers++ + "." + suffix + "@x.example")
                            .then().statusCode(201);
                    lastTrigger = System.currentTimeMillis();
                }
                Thread.sleep(300);
            }
            try {
                journey.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof CompletionException c && c.getCause() instanceof Exception cause ? cause
                        : e;
            }

            // the announcement: one ledger row per registrant, and the email in each mailbox
            Api.asOrganiser(system.notification).queryParam("workshopId", workshopId).queryParam("type", "ANNOUNCEMENT")
                    .get("/api/v1/notifications").then().statusCode(200).body("items", hasSize(3))
                    .body("items.subject", everyItem(equalTo(subject)));
            for (String email : emails) {
                ImapMailbox.Mail announcement = mailbox.await(email, mail -> mail.subject().contains(subject), 1,
                        Duration.ofSeconds(45)).get(0);
                assertTrue(announcement.text().contains("Hall B on the first floor"), "the message as written");
            }

            // the webhook: its first attempt refused (500), the same delivery retried from the console and accepted
            assertTrue(receiver.requests.size() >= 2, "the receiver was called twice: " + receiver.requests);
            Request refused = receiver.requests.get(0);
            Request retried = receiver.requests.get(1);
            assertEquals(500, refused.answered());
            assertEquals(204, retried.answered());
            assertEquals(refused.webhookId(), retried.webhookId(), "the same delivery, retried");
            assertEquals("convene.registration.confirmed.v1", retried.ceType());
            assertTrue(retried.signature() != null && retried.signature().startsWith("v1,"),
                    "signed (Standard Webhooks): " + retried.signature());

            // deleted: the organiser has it no more, and a later event is not sent to it
            Api.as(system.notification).auth().oauth2(organiser).get("/api/v1/webhooks").then().statusCode(200)
                    .body("items.url", not(hasItem(receiver.url())));
            int before = receiver.requests.size();
            Api.signUp(system, trigger, "After Deletion", "after." + suffix + "@x.example").then().statusCode(201);
            Thread.sleep(5000);
            assertEquals(before, receiver.requests.size(), "nothing is sent to a deleted webhook");
        }
    }

    private List<String> webhookUrls(String organiserToken) {
        return Api.as(system.notification).auth().oauth2(organiserToken).queryParam("limit", 200)
                .get("/api/v1/webhooks").then().statusCode(200).extract().jsonPath().getList("items.url", String.class);
    }

    /** One POST the receiver had, and how it answered. */
    record Request(String webhookId, String ceType, String signature, int answered) {
    }

    /** A webhook receiver on 127.0.0.1: answers the first request 500 (the sender retries), the others 204. */
    static final class Receiver implements AutoCloseable {

        final List<Request> requests = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        private Receiver(HttpServer server) {
            this.server = server;
        }

        static Receiver start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            Receiver receiver = new Receiver(server);
            server.createContext("/hooks/convene", receiver::handle);
            server.start();
            return receiver;
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/convene";
        }

        private synchronized void handle(HttpExchange exchange) throws IOException {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            int status = requests.isEmpty() ? 500 : 204;
            requests.add(new Request(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("ce-type"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
