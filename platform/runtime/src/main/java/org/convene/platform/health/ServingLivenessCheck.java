package org.convene.platform.health;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * {@code /q/health/live} says DOWN when this process can no longer serve, so that an orchestrator (or
 * {@code ./convene}) replaces it instead of leaving a zombie that accepts connections and answers nothing:
 * <ul>
 * <li>the JVM spends more than {@code convene.health.max-gc-share} (50 %) of the last
 * {@code convene.health.window} (10 s) collecting garbage: the heap is full and every allocation waits
 * (a service thrashing at {@code -Xmx} answered nothing for minutes before -XX:+ExitOnOutOfMemoryError was set);</li>
 * <li>the event loop has not run a one-second timer for more than {@code convene.health.max-event-loop-stall} (10 s):
 * every request of this instance goes through it.</li>
 * </ul>
 * Samples are taken by a Vert.x timer once a second, so the check itself costs nothing and never blocks.
 */
@Liveness
@ApplicationScoped
public class ServingLivenessCheck implements HealthCheck {

    @ConfigProperty(name = "convene.health.window", defaultValue = "10s")
    Duration window;

    @ConfigProperty(name = "convene.health.max-gc-share", defaultValue = "0.5")
    double maxGcShare;

    @ConfigProperty(name = "convene.health.max-event-loop-stall", defaultValue = "10s")
    Duration maxEventLoopStall;

    @Inject
    Vertx vertx;

    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private GcShareWindow gcWindow;
    private volatile long lastTickNanos = System.nanoTime();
    private volatile double gcShare;
    private long timer = -1;

    void start(@Observes StartupEvent event) {
        gcWindow = new GcShareWindow((int) window.toSeconds() + 1);
        tick();
        timer = vertx.setPeriodic(1000, id -> tick());
    }

    @PreDestroy
    void stop() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private synchronized void tick() {
        long now = System.nanoTime();
        lastTickNanos = now;
        long gcMillis = 0;
        for (GarbageCollectorMXBean collector : collectors) {
            gcMillis += Math.max(0, collector.getCollectionTime());
        }
        gcShare = gcWindow.add(now, gcMillis);
    }

    /** The share of wall time spent in garbage collection over the last window (0 until a window has passed). */
    public double gcShare() {
        return gcShare;
    }

    @Override
    public HealthCheckResponse call() {
        long stallMillis = (System.nanoTime() - lastTickNanos) / 1_000_000;
        double share = gcShare;
        boolean thrashing = share > maxGcShare;
        boolean stalled = stallMillis > maxEventLoopStall.toMillis();
        return HealthCheckResponse.named("serving").status(!thrashing && !stalled)
                .withData("gcPercentOfLastWindow", Math.round(share * 100))
                .withData("window", window.toString())
                .withData("eventLoopStallMillis", stallMillis).build();
    }
}
