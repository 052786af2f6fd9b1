package org.convene.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.domain.NotificationType;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the sender reports in {@code /q/metrics}: emails sent, retried and failed per type; the ledger delay (row
 * written → accepted by SMTP); where the time goes ({@code convene_notifications_phase_seconds}, {@code phase} =
 * claim (one statement per batch), render, smtp (handed to the mail client → accepted, including the wait for a
 * pooled connection)); {@code convene_notifications_unrecorded_seconds}, from the server's acceptance to the commit of
 * SENT, the window in which a crash of this process means a second copy; and the size of each SENT group commit.
 * Timers publish p50 and p99 besides count, sum and max.
 */
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    MeterRegistry registry;

    private Timer claim;
    private Timer render;
    private Timer smtp;
    private Timer unrecorded;
    private DistributionSummary claimed;
    private DistributionSummary group;
    private final Map<NotificationType, Counter> sent = new EnumMap<>(NotificationType.class);
    private final Map<NotificationType, Timer> delay = new EnumMap<>(NotificationType.class);
    private final Map<NotificationType, Counter> retries = new EnumMap<>(NotificationType.class);
    private final Map<NotificationType, Counter> failed = new EnumMap<>(NotificationType.class);

    @PostConstruct
    void register() {
        claim = phase("claim", "claim a batch of due rows (one statement)");
        render = phase("render", "templates, links, calendar");
        smtp = phase("smtp", "hand the email to the mail client until the SMTP server accepted it");
        unrecorded = Timer.builder("convene.notifications.unrecorded")
                .description("SMTP server accepted the email → its SENT committed (a crash in between resends it)")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        claimed = DistributionSummary.builder("convene.notifications.claimed")
                .description("rows claimed per statement").register(registry);
        group = DistributionSummary.builder("convene.notifications.sent.group")
                .description("emails marked SENT per statement (group commit)").register(registry);
        for (NotificationType type : NotificationType.values()) {
            sent.put(type, registry.counter("convene.notifications.sent", "type", type.name()));
            delay.put(type, registry.timer("convene.notifications.delay", "type", type.name()));
            retries.put(type, registry.counter("convene.notifications.retries", "type", type.name()));
            failed.put(type, registry.counter("convene.notifications.failed", "type", type.name()));
        }
    }

    private Timer phase(String name, String description) {
        return Timer.builder("convene.notifications.phase").tag("phase", name).description(description)
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void claimed(long nanos, int rows) {
        claim.record(nanos, TimeUnit.NANOSECONDS);
        claimed.record(rows);
    }

    void rendered(long nanos) {
        render.record(nanos, TimeUnit.NANOSECONDS);
    }

    void accepted(NotificationType type, Instant createdAt, Instant acceptedAt, long smtpNanos) {
        smtp.record(smtpNanos, TimeUnit.NANOSECONDS);
        sent.get(type).increment();
        delay.get(type).record(Duration.between(createdAt, acceptedAt));
    }

    void unrecorded(long acceptedToCommittedNanos) {
        unrecorded.record(acceptedToCommittedNanos, TimeUnit.NANOSECONDS);
    }

    void group(int size) {
        group.record(size);
    }

    void retried(NotificationType type) {
        retries.get(type).increment();
    }

    void failed(NotificationType type) {
        failed.get(type).increment();
    }
}
