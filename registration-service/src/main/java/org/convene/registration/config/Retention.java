package org.convene.registration.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long secrets and remembered answers live. */
@ConfigMapping(prefix = "convene.retention")
public interface Retention {

    /**
     * A manage token (the link in the attendee's emails) stops working this long after its workshop ends: 410
     * {@code link-expired}. Organisers are not affected.
     */
    @WithDefault("P30D")
    Duration manageTokenAfterWorkshop();

    /**
     * An invitation's link (accept, decline) stops working this long after its workshop ends: 410
     * {@code link-expired}. Organisers can still list and revoke it.
     */
    @WithDefault("P30D")
    Duration invitationTokenAfterWorkshop();

    /** A remembered {@code Idempotency-Key} answer is purged this long after the sign-up (pretix and Stripe: 24 h). */
    @WithDefault("PT24H")
    Duration idempotencyKeys();
}
