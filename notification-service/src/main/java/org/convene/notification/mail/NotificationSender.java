package org.convene.notification.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.convene.notification.config.SenderConfig;
import org.convene.notification.repository.DeliveryQueue;
import org.convene.notification.service.NotificationQueued;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;

/**
 * Runs this instance's sender (a {@link Dispatcher}) over the mail client of {@code quarkus.mailer.*}. The commit of a
 * transaction that queued mail (the consumer's) wakes it at once; otherwise it sweeps the ledger every
 * {@code poll-interval}. Stopping lets the sends in flight finish and their outcomes commit.
 */
@ApplicationScoped
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class);

    @Inject
    DeliveryQueue queue;

    @Inject
    EmailComposer composer;

    @Inject
    SmtpClient smtp;

    @Inject
    Vertx vertx;

    @Inject
    SenderConfig config;

    @Inject
    DeliveryMetrics metrics;

    @Inject
    MeterRegistry registry;

    private volatile Dispatcher dispatcher;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Notification sender disabled");
            return;
        }
        Dispatcher started = instance("notification-sender", smtp.client());
        Gauge.builder("convene.notifications.in.flight", started, Dispatcher::inFlight)
                .description("claimed emails whose outcome is not committed yet (bounded by max-in-flight)")
                .register(registry);
        started.start();
        dispatcher = started;
    }

    void stop(@Observes ShutdownEvent event) {
        Dispatcher running = dispatcher;
        if (running != null) {
            dispatcher = null;
            running.stop();
        }
    }

    /** Called after the commit of a transaction that queued mail. */
    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueued queued) {
        Dispatcher running = dispatcher;
        if (running != null) {
            running.due();
        }
    }

    /**
     * A sender instance of its own (its claims, its notes of accepted emails, its threads) over the given mail client,
     * not started: what a second process would run. Tests use it to run several senders against one ledger.
     */
    public Dispatcher instance(String name, MailClient client) {
        return new Dispatcher(name, queue, composer, client, vertx, config, metrics);
    }
}
