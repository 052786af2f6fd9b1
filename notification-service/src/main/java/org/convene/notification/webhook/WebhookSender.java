package org.convene.notification.webhook;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.convene.platform.Backoff;
import org.convene.platform.security.SealedSecrets;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * This instance's webhook sender: one thread claims due deliveries ({@link WebhookQueue}) and records their outcomes;
 * a small pool resolves and checks each target ({@link TargetGuard}); the requests themselves run on Vert.x's HTTP
 * client without a thread each. At most {@code max-in-flight} requests per instance, at most
 * {@code max-in-flight-per-subscription} per subscription (counted over every instance, by the live claims), each
 * bounded by {@code connect-timeout} and {@code request-timeout}: a slow receiver holds its own slots only.
 *
 * <p>Each request is a CloudEvent in HTTP binary mode (ce-* headers, the data as the JSON body), signed per Standard
 * Webhooks (webhook-id = ce-id, webhook-timestamp, webhook-signature). Any 2xx is DELIVERED; anything else, or no
 * answer in time, is tried again with exponential back-off until {@code give-up-after} from the delivery's creation,
 * then FAILED; a refused target is FAILED at once. Redirects are not followed.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final Backoff DATABASE_BACKOFF = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    static final int MAX_ERROR = 500;

    @Inject
    WebhookQueue queue;

    @Inject
    Webhooks webhooks;

    @Inject
    TargetGuard guard;

    @Inject
    SealedSecrets sealedSecrets;

    @Inject
    WebhookConfig config;

    @Inject
    Vertx vertx;

    @Inject
    MeterRegistry registry;

    private final Semaphore wakeUps = new Semaphore(0);
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Outcome> unwritten = new ArrayList<>();
    private volatile boolean due = true;
    private volatile boolean running;
    private Semaphore permits;
    private Backoff backoff;
    private HttpClient client;
    private ExecutorService resolvers;
    private Thread thread;
    private Timer lag;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Webhook sender disabled");
            return;
        }
        if (config.maxInFlight() < 1 || config.maxInFlightPerSubscription() < 1) {
            throw new IllegalStateException("convene.webhooks: max-in-flight and max-in-flight-per-subscription must"
                    + " be at least 1");
        }
        if (config.lease().compareTo(config.connectTimeout().plus(config.requestTimeout()).plusSeconds(10)) <= 0) {
            throw new IllegalStateException("convene.webhooks.lease (" + config.lease()
                    + ") must be longer than connect-timeout + request-timeout + 10 s");
        }
        permits = new Semaphore(config.maxInFlight());
        backoff = new Backoff(config.initialBackoff(), config.maxBackoff());
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // idle connections dropped after 4 s: before common servers drop theirs (Node.js: 5 s)
                .setKeepAlive(true).setKeepAliveTimeout(4).setVerifyHost(true),
                // per host and port: subscriptions to one host share it, so it can hold every request in flight
                new PoolOptions().setHttp1MaxSize(config.maxInFlight()));
        resolvers = Executors.newFixedThreadPool(config.maxInFlight(), runnable -> {
            Thread resolver = new Thread(runnable, "webhook-resolver");
            resolver.setDaemon(true);
            return resolver;
        });
        lag = Timer.builder("convene.webhooks.lag")
                .description("webhook delivery recorded (consumer commit) → 2xx from the receiver")
                .publishPercentiles(0.5, 0.99).register(registry);
        running = true;
        thread = new Thread(this::run, "webhook-sender");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (!running) {
            return;
        }
        running = false;
        wake();
        try {
            thread.join(config.connectTimeout().plus(config.requestTimeout()).plusSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        resolvers.shutdownNow();
        client.close();
    }

    /** After the commit of a transaction that recorded deliveries or made some due. */
    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeliveriesDue recorded) {
        due = true;
        wake();
    }

    private void wake() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    private void run() {
        long nextSweep = System.nanoTime();
        int databaseFailures = 0;
        while (running) {
            try {
                if (writeOutcomes()) {
                    due = true; // a row done may let the next of its workshop go
                }
                int free = permits.availablePermits();
                long now = System.nanoTime();
                if (free == 0 || !(due || now - nextSweep >= 0)) {
                    long wait = free == 0 ? config.pollInterval().toNanos() : nextSweep - now;
                    wakeUps.tryAcquire(Math.max(1, wait), TimeUnit.NANOSECONDS);
                    wakeUps.drainPermits();
                    continue;
                }
                due = false; // before the claim: a commit meanwhile sets it again
                if (claimAndSend(free) < free) {
                    nextSweep = System.nanoTime() + config.pollInterval().toNanos();
                } else {
                    due = true;
                }
                databaseFailures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    break;
                }
                Duration wait = DATABASE_BACKOFF.after(++databaseFailures);
                LOG.warnf("webhook-sender: %s; retrying in %d ms", e.toString(), wait.toMillis());
                sleep(wait);
            }
        }
        drain();
    }

    private int claimAndSend(int free) throws SQLException, InterruptedException {
        permits.acquire(free);
        UUID claim = UUID.randomUUID();
        List<WebhookQueue.Claimed> rows;
        try {
            rows = queue.claim(claim, free, config.maxInFlightPerSubscription(), config.lease());
        } catch (SQLException | RuntimeException e) {
            permits.release(free);
            throw e;
        }
        permits.release(free - rows.size());
        for (WebhookQueue.Claimed row : rows) {
            resolvers.execute(() -> attempt(row, claim));
        }
        return rows.size();
    }

    /** On a resolver thread: check the target, then hand the request to the HTTP client. */
    private void attempt(WebhookQueue.Claimed row, UUID claim) {
        Flight flight = new Flight(row, claim);
        InetAddress address;
        String secret;
        try {
            address = guard.target(row.url());
        } catch (TargetGuard.Refused e) {
            flight.fail(null, "refused target: url " + e.getMessage(), true);
            return;
        } catch (RuntimeException e) {
            flight.fail(null, e.toString(), false);
            return;
        }
        try {
            secret = sealedSecrets.open(row.secretSealed());
        } catch (IllegalArgumentException e) {
            flight.fail(null, "the subscription's secret cannot be opened with this service's sealing key", true);
            return;
        }
        try {
            URI uri = URI.create(row.url());
            int port = uri.getPort() != -1 ? uri.getPort()
                    : "https".equals(uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
            byte[] body = row.data().getBytes(StandardCharsets.UTF_8);
            long timestamp = Instant.now().getEpochSecond();
            RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(row.url())
                    .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                    .setConnectTimeout(config.connectTimeout().toMillis()).setFollowRedirects(false)
                    .putHeader("content-type", "application/json")
                    .putHeader("user-agent", "Convene-Webhooks/1.0")
                    .putHeader("ce-specversion", "1.0")
                    .putHeader("ce-id", row.eventId())
                    .putHeader("ce-type", row.eventType())
                    .putHeader("ce-source", row.source())
                    .putHeader("webhook-id", row.eventId())
                    .putHeader("webhook-timestamp", String.valueOf(timestamp))
                    .putHeader("webhook-signature", Signatures.sign(secret, row.eventId(), timestamp, body));
            if (row.subject() != null) {
                options.putHeader("ce-subject", row.subject());
            }
            if (row.time() != null) {
                options.putHeader("ce-time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.time()));
            }
            flight.timer = vertx.setTimer(config.requestTimeout().toMillis(), id -> flight.timedOut());
            client.request(options).onComplete(opened -> {
                if (opened.failed()) {
                    flight.fail(null, describe(opened.cause()), false);
                    return;
                }
                HttpClientRequest request = opened.result();
                flight.request = request;
                if (flight.settled.get()) {
                    request.reset(); // timed out while connecting
                    return;
                }
                request.send(Buffer.buffer(body)).onComplete(sent -> {
                    if (sent.failed()) {
                        flight.fail(null, describe(sent.cause()), false);
                        return;
                    }
                    HttpClientResponse response = sent.result();
                    int code = response.statusCode();
                    StringBuilder text = new StringBuilder();
                    response.handler(chunk -> {
                        if (text.length() < MAX_ERROR) {
                            text.append(chunk.toString(StandardCharsets.UTF_8));
                        }
                    });
                    response.exceptionHandler(e -> flight.answered(code, text));
                    response.endHandler(done -> flight.answered(code, text));
                });
            });
        } catch (RuntimeException e) {
            flight.fail(null, e.toString(), false);
        }
    }

    /** One attempt, from its claim until its outcome is queued for the sender thread; the first outcome counts. */
    private final class Flight {
        final WebhookQueue.Claimed row;
        final UUID claim;
        final long startedNanos = System.nanoTime();
        final AtomicBoolean settled = new AtomicBoolean();
        volatile long timer = -1;
        volatile HttpClientRequest request;

        Flight(WebhookQueue.Claimed row, UUID claim) {
            this.row = row;
            this.claim = claim;
        }

        long elapsedMs() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        }

        void answered(int code, StringBuilder text) {
            if (code >= 200 && code < 300) {
                if (settle()) {
                    outcome(new Outcome(row, claim, code, elapsedMs(), null, false, Instant.now()));
                }
            } else {
                String body = text.toString().strip();
                fail(code, "HTTP " + code + (body.isEmpty() ? "" : ": " + body), false);
            }
        }

        void timedOut() {
            if (settle()) {
                outcome(new Outcome(row, claim, null, elapsedMs(),
                        "no answer within " + config.requestTimeout().toMillis() + " ms", false, null));
                HttpClientRequest open = request;
                if (open != null) {
                    open.reset();
                }
            }
        }

        void fail(Integer code, String error, boolean permanent) {
            if (settle()) {
                outcome(new Outcome(row, claim, code, elapsedMs(), truncate(error), permanent, null));
            }
        }

        private boolean settle() {
            if (!settled.compareAndSet(false, true)) {
                return false;
            }
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
            return true;
        }
    }

    private record Outcome(WebhookQueue.Claimed row, UUID claim, Integer code, long durationMs, String error,
            boolean permanent, Instant deliveredAt) {
        boolean success() {
            return error == null;
        }
    }

    private void outcome(Outcome outcome) {
        outcomes.add(outcome);
        wake();
    }

    /** Writes the outcomes that came in (on this thread); an outcome stays for the next turn if it fails. */
    private boolean writeOutcomes() throws SQLException {
        for (Outcome outcome; (outcome = outcomes.poll()) != null;) {
            unwritten.add(outcome);
        }
        if (unwritten.isEmpty()) {
            return false;
        }
        while (!unwritten.isEmpty()) {
            write(unwritten.get(0));
            unwritten.remove(0);
            permits.release();
        }
        return true;
    }

    private void write(Outcome outcome) throws SQLException {
        WebhookQueue.Claimed row = outcome.row();
        int attempt = row.attempts() + 1;
        if (outcome.success()) {
            queue.delivered(row.id(), outcome.claim(), outcome.code(), outcome.durationMs());
            lag.record(Duration.between(row.createdAt(), outcome.deliveredAt()));
            if (attempt > 1) {
                LOG.infof("Webhook delivery %s (%s) delivered to %s at attempt %d: HTTP %d in %d ms", row.id(),
                        row.eventType(), row.url(), attempt, outcome.code(), outcome.durationMs());
            } else {
                LOG.debugf("Webhook delivery %s (%s) delivered to %s: HTTP %d in %d ms", row.id(), row.eventType(),
                        row.url(), outcome.code(), outcome.durationMs());
            }
            return;
        }
        Instant now = Instant.now();
        Instant next = null;
        if (!outcome.permanent() && now.isBefore(row.retryUntil())) {
            next = now.plus(backoff.after(attempt));
            if (next.isAfter(row.retryUntil())) {
                next = row.retryUntil();
            }
        }
        boolean expired = queue.failed(row.id(), outcome.claim(), outcome.code(), outcome.durationMs(),
                outcome.error(), next, config.giveUpAfter());
        if (next == null) {
            LOG.errorf("Webhook delivery %s (%s) to %s FAILED after %d attempt(s): %s", row.id(), row.eventType(),
                    row.url(), attempt, outcome.error());
        } else {
            LOG.warnf("Webhook delivery %s (%s) to %s attempt %d failed in %d ms: %s; next attempt at %s", row.id(),
                    row.eventType(), row.url(), attempt, outcome.durationMs(), outcome.error(), next);
        }
        if (expired) {
            try {
                webhooks.disableFailing(row.subscriptionId());
            } catch (RuntimeException e) {
                // the next failure of the subscription tries again
                LOG.errorf(e, "Webhook %s could not be disabled", row.subscriptionId());
            }
        }
    }

    /** After the loop: waits for the requests in flight (at most their time-outs) and records their outcomes. */
    private void drain() {
        long deadline = System.nanoTime() + config.connectTimeout().plus(config.requestTimeout()).plusSeconds(2)
                .toNanos();
        while (permits.availablePermits() < config.maxInFlight() && System.nanoTime() - deadline < 0) {
            try {
                writeOutcomes();
                wakeUps.tryAcquire(50, TimeUnit.MILLISECONDS);
            } catch (SQLException | RuntimeException e) {
                LOG.warnf("webhook-sender: outcomes not recorded while stopping: %s", e.toString());
                sleep(Duration.ofMillis(200));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        String kind = error.getClass().getSimpleName();
        return truncate(message == null || message.isBlank() ? kind : kind + ": " + message);
    }

    static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
