package org.convene.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutor;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

/**
 * Gives the threads that accept connections and shed load (Vert.x's acceptor and event loops, where
 * {@link RequestAdmission} and the sign-up admission answer their 503s) a higher scheduling priority than the threads
 * that do the admitted work (workers, deciders, the JIT compiler). On a CPU that a flood has saturated the kernel then
 * runs the shedding first, so a refused request is refused in microseconds of CPU instead of waiting its turn behind
 * the work it is refused to protect (bench/drill overload, one core: docs/operations.md, "Bounds").
 *
 * <p>Java thread priorities reach Linux only with {@code -XX:ThreadPriorityPolicy=1} (which {@code ./convene} sets),
 * and raising one needs the permission to lower a nice value (root, or {@code CAP_SYS_NICE}, which docker-compose.yml
 * adds); without either the JVM ignores them silently and nothing else changes.
 */
@ApplicationScoped
public class EventLoopPriority {

    private static final Logger LOG = Logger.getLogger(EventLoopPriority.class);

    /** {@link Thread#setPriority} of the acceptor and event-loop threads; 5 (normal) leaves them as they are. */
    @ConfigProperty(name = "convene.http.event-loop-priority", defaultValue = "10")
    int priority;

    void raise(@Observes StartupEvent event, Vertx vertx) {
        if (priority == Thread.NORM_PRIORITY) {
            return;
        }
        int threads = raise(vertx.nettyEventLoopGroup());
        if (vertx instanceof VertxInternal internal) {
            threads += raise(internal.getAcceptorEventLoopGroup());
        }
        LOG.debugf("%d acceptor and event-loop threads at priority %d", threads, priority);
    }

    private int raise(EventLoopGroup group) {
        int threads = 0;
        for (EventExecutor loop : group) {
            loop.execute(() -> Thread.currentThread().setPriority(priority));
            threads++;
        }
        return threads;
    }
}
