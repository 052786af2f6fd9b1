package org.convene.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "convene.consumer")
public interface ConsumerConfig {

    /** Whether this instance consumes events. */
    @WithDefault("true")
    boolean enabled();

    /** Attempts per event before it goes to {@code <topic>.dlq}. */
    @WithDefault("4")
    int maxAttempts();

    /**
     * Records of one poll applied in one transaction (bounded by the poll's {@code max.poll.records}, 200); 1 gives
     * every event a transaction of its own.
     */
    @WithDefault("100")
    int eventsPerTransaction();

    /** Back-off before the second attempt; doubled for each further one. */
    @WithDefault("200ms")
    Duration initialBackoff();
}
