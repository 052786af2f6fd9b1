package org.convene.notification.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "convene.sender")
public interface SenderConfig {

    /** Whether this instance sends email from the ledger. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Sending threads per instance. Each claims its own row ({@code FOR UPDATE SKIP LOCKED}), so they never send the
     * same email; several keep the SMTP round trips of a burst overlapping. Each uses one pooled SMTP connection
     * ({@code quarkus.mailer.max-pool-size}) and, while its email is with the server, one database connection.
     */
    @WithDefault("4")
    int workers();

    /**
     * The sweep: each worker looks for due rows in due order at least this often (retries whose time came, rows of
     * other instances or from before a restart); rows committed here are handed over at once instead.
     */
    @WithDefault("1s")
    Duration pollInterval();

    /** Attempts per email before it is marked FAILED. */
    @WithDefault("12")
    int maxAttempts();

    /** Wait before the second attempt; doubled after each further failure, up to {@link #maxBackoff()}. */
    @WithDefault("2s")
    Duration initialBackoff();

    @WithDefault("15m")
    Duration maxBackoff();

    /** Longest wait for the SMTP server to accept one email; then it counts as a failed attempt. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** Domain of the Message-ID header: {@code <ledger row id>@<domain>}. */
    @WithDefault("convene.local")
    String messageIdDomain();
}
