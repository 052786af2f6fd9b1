package org.convene.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How sign-ups are decided in groups ({@code SignUpBatcher}) and how many may wait at once ({@code SignUpAdmission}). */
@ConfigMapping(prefix = "convene.sign-up")
public interface SignUpGrouping {

    /** Most sign-ups of one workshop decided in one transaction. */
    @WithDefault("100")
    int maxGroup();

    /** Threads deciding groups; different workshops are decided in parallel, each holding one database connection. */
    @WithDefault("4")
    int deciders();

    /**
     * Most sign-ups in progress in this instance (queued or being decided); beyond it a sign-up is answered 503 with
     * Retry-After at once instead of waiting in a growing queue. 0 turns the limit off.
     */
    @WithDefault("32")
    int maxInFlight();
}
