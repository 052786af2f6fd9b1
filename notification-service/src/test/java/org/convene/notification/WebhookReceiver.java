package org.convene.notification;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver for webhook tests (the JDK's HttpServer on a free port of 127.0.0.1): records every request,
 * answers what its responder says (200 unless told otherwise), and can stall until released.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received; header names in lower case. */
    record Request(String path, Map<String, String> headers, byte[] body, Instant at, int answered) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new ArrayList<>();
    private volatile Function<String, Integer> responder = body -> 200;
    private volatile CountDownLatch stall;

    private WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static WebhookReceiver start() throws IOException {
        return new WebhookReceiver();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** What to answer, by the request body. */
    void respond(Function<String, Integer> responder) {
        this.responder = responder;
    }

    /** Every request waits (unanswered) until {@link #release()}. */
    void stall() {
        stall = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch current = stall;
        stall = null;
        if (current != null) {
            current.countDown();
        }
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Request> requests(Predicate<Request> which) {
        return requests().stream().filter(which).toList();
    }

    /** Waits until at least {@code count} requests match, then returns those that do. */
    List<Request> await(Predicate<Request> which, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Request> found = requests(which);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = requests(which);
        }
        return found;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(",", values)));
        String text = new String(body, StandardCharsets.UTF_8);
        int code = responder.apply(text);
        CountDownLatch waiting = stall;
        synchronized (requests) {
            requests.add(new Request(exchange.getRequestURI().getPath(), headers, body, Instant.now(),
                    waiting == null ? code : -1));
        }
        if (waiting != null) {
            try {
                waiting.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] answer = (code >= 200 && code < 300 ? "ok" : "receiver says no").getBytes(StandardCharsets.UTF_8);
        try {
            if (code == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                exchange.sendResponseHeaders(code, answer.length);
                exchange.getResponseBody().write(answer);
            }
        } catch (IOException e) {
            // the sender gave up on this request (time-out): nothing to answer
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
