package org.convene.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.domain.NotificationType;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * What the sender reports in {@code /q/metrics}: emails sent, retried and failed per type; the ledger delay (row
 * written → accepted by SMTP); where the time of one delivery goes ({@code convene_notifications_phase_seconds},
 * {@code phase} = claim, render, smtp); and {@code convene_notifications_unrecorded_seconds}, from the server's
 * acceptance to the commit of SENT, the window in which a crash of this process means a second copy. Timers publish
 * p50 and p99 besides count, sum and max.
 */
@ApplicationScoped
public class DeliveryMetrics {

    @Inject
    MeterRegistry registry;

    private Timer claim;
    private Timer render;
    private Timer smtp;
    private Timer unrecorded;

    @PostConstruct
    void register() {
        claim = phase("claim", "lock the row due longest");
        render = phase("render", "templates, links, calendar");
        smtp = phase("smtp", "hand the email to the SMTP server until it accepted it");
        unrecorded = Timer.builder("convene.notifications.unrecorded")
                .description("SMTP server accepted the email → its SENT committed (a crash in between resends it)")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    private Timer phase(String name, String description) {
        return Timer.builder("convene.notifications.phase").tag("phase", name).description(description)
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void sent(NotificationType type, Instant createdAt, Instant acceptedAt) {
        registry.counter("convene.notifications.sent", "type", type.name()).increment();
        registry.timer("convene.notifications.delay", "type", type.name())
                .record(Duration.between(createdAt, acceptedAt));
    }

    void phases(long claimNanos, long renderNanos, long smtpNanos, long acceptedToCommittedNanos) {
        claim.record(claimNanos, TimeUnit.NANOSECONDS);
        render.record(renderNanos, TimeUnit.NANOSECONDS);
        smtp.record(smtpNanos, TimeUnit.NANOSECONDS);
        unrecorded.record(acceptedToCommittedNanos, TimeUnit.NANOSECONDS);
    }

    void retried(NotificationType type) {
        registry.counter("convene.notifications.retries", "type", type.name()).increment();
    }

    void failed(NotificationType type) {
        registry.counter("convene.notifications.failed", "type", type.name()).increment();
    }
}
