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

    /** Back-off before the second attempt; doubled for each further one. */
    @WithDefault("200ms")
    Duration initialBackoff();
}
