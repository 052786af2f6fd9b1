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
     * Rows claimed per statement ({@code UPDATE ... FOR UPDATE SKIP LOCKED ... RETURNING}): the due rows, oldest
     * first, that no other sender holds.
     */
    @WithDefault("100")
    int batchSize();

    /**
     * Claimed rows per instance whose outcome is not recorded yet: being rendered, with the SMTP server, or waiting for
     * their SENT or failure to be committed. The bound of every queue of the sender; at least {@link #batchSize()}, so
     * that the next batch is claimed while one is with the server.
     */
    @WithDefault("200")
    int maxInFlight();

    /**
     * How long a claim holds a row. A row whose claim has expired (its sender died) is claimed again by any sender.
     * Longer than {@link #sendTimeout()} plus 10 s: a sender starts no send later than that before its lease ends.
     */
    @WithDefault("2m")
    Duration lease();

    /**
     * The sweep: the sender looks for due rows at least this often (retries whose time came, rows of other
     * instances, from before a restart or inserted by hand); rows committed here wake it at once.
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
