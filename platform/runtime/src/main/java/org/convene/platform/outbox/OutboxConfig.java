package org.convene.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "convene.outbox")
public interface OutboxConfig {

    /** Whether this instance runs the relay. */
    @WithDefault("true")
    boolean enabled();

    /** CloudEvents {@code source} of every event, e.g. {@code /directory-service}. */
    @WithDefault("/${quarkus.application.name}")
    String source();

    /** Rows claimed and published per transaction. */
    @WithDefault("200")
    int batchSize();

    /** The polling fallback: the relay looks for rows at least this often even without a NOTIFY. */
    @WithDefault("1s")
    Duration pollInterval();

    /** How long published rows are kept for replay. */
    @WithDefault("P7D")
    Duration retention();

    /** How often published rows older than the retention are deleted. */
    @WithDefault("1h")
    Duration cleanupInterval();

    /** Longest wait for the broker's acknowledgement of a batch. */
    @WithDefault("10s")
    Duration sendTimeout();
}
