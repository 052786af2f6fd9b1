package org.convene.registration.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on the public sign-up endpoint; 0 turns a limit off. */
@ConfigMapping(prefix = "convene.rate-limits.sign-up")
public interface SignUpLimits {

    /** Sign-up attempts per window from one client address (behind a trusted proxy: the address it forwarded). */
    @WithDefault("60")
    int perAddress();

    /**
     * Accepted sign-ups per window for one email address, whatever the workshop: a refused attempt (unknown workshop,
     * duplicate, closed) costs the address nothing, so a stranger cannot lock an attendee out.
     */
    @WithDefault("10")
    int perEmail();

    @WithDefault("1m")
    Duration window();
}
