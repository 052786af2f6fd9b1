package org.convene.registration.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the public sign-up endpoint; 0 turns a limit off. */
@ConfigMapping(prefix = "convene.rate-limits.sign-up")
public interface SignUpLimits {

    /** Sign-ups per window from one client address. */
    @WithDefault("60")
    int perAddress();

    /** Sign-ups per window for one email address, whatever the workshop. */
    @WithDefault("10")
    int perEmail();

    @WithDefault("1m")
    Duration window();
}
