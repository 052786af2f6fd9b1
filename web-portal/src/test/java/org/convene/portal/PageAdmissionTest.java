package org.convene.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.convene.portal.rest.PageAdmission;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The portal sheds load: with the services answering nothing (a server that accepts connections and never replies,
 * standing for services too busy to answer), requests pile up to {@code convene.portal.max-in-flight} (2 here) and the
 * next one gets the "try again" page at once, 503 with Retry-After, instead of waiting in a queue.
 */
@QuarkusTest
@TestProfile(PageAdmissionTest.TwoInFlight.class)
@QuarkusTestResource(value = PageAdmissionTest.SilentServices.class, restrictToAnnotatedClass = true)
class PageAdmissionTest {

    public static class TwoInFlight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("convene.portal.max-in-flight", "2");
        }
    }

    /** A server that takes connections and never answers; the REST clients point at it. */
    public static class SilentServices implements QuarkusTestResourceLifecycleManager {
        private ServerSocket server;
        private final List<Socket> held = new ArrayList<>();

        @Override
        public Map<String, String> start() {
            try {
                server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        held.add(server.accept());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "silent-services");
            acceptor.setDaemon(true);
            acceptor.start();
            String url = "http://127.0.0.1:" + server.getLocalPort();
            return Map.of("quarkus.rest-client.registration.url", url, "quarkus.rest-client.directory.url", url,
                    "quarkus.rest-client.registration.read-timeout", "8000",
                    "quarkus.rest-client.directory.read-timeout", "8000");
        }

        @Override
        public void stop() {
            try {
                server.close();
                for (Socket socket : held) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing
            }
        }
    }

    @Test
    void beyondItsBoundTheVisitorGetsTheTryAgainPageAtOnce() throws Exception {
        PageAdmission admission = Arc.container().instance(PageAdmission.class).get();
        String page = "/workshops/" + UUID.randomUUID();
        List<CompletableFuture<Integer>> waiting = new ArrayList<>();
        // a thread each: the common pool runs one task at a time on two cores
        java.util.concurrent.ExecutorService visitors = java.util.concurrent.Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            waiting.add(CompletableFuture.supplyAsync(() -> given().get(page).statusCode(), visitors));
        }
        long deadline = System.currentTimeMillis() + 5_000;
        while (admission.inFlight() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(2, admission.inFlight(), "two page requests wait for the services");

        given().header("Accept-Language", "bn").get("/").then().statusCode(503).header("Retry-After", "1")
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .body(containsString("<html lang=\"bn\">")).body(containsString("কনভিন এই মুহূর্তে খুব ব্যস্ত"));
        // refused while the two admitted ones still wait for the services (8 s): not queued behind them
        assertTrue(waiting.stream().noneMatch(CompletableFuture::isDone), "the third was answered before the two");

        // the two that waited still get their answer (the services' time-out: the try-again page, 503)
        for (CompletableFuture<Integer> one : waiting) {
            assertEquals(503, one.get());
        }
        visitors.shutdown();
        given().get("/portal.css").then().statusCode(200);
    }
}
