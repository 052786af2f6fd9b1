package org.convene.notification.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "convene.reminders")
public interface RemindersConfig {

    /** How long before a workshop's start each reminder goes out (one reminder per offset). */
    @WithDefault("PT48H")
    List<Duration> offsets();

    /** Whether this instance runs the reminder job (it is idempotent, so running it twice is safe). */
    @WithDefault("true")
    boolean enabled();

    /** How often the job looks for reminders that are due (used by the @Scheduled expression). */
    @WithDefault("1m")
    Duration every();
}
