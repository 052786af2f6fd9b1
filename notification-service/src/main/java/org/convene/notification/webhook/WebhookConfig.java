package org.convene.notification.webhook;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "convene.webhooks")
public interface WebhookConfig {

    /** Whether this instance sends webhook deliveries (every instance records them). */
    @WithDefault("true")
    boolean enabled();

    /**
     * Whether targets may resolve to loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, any-local
     * or multicast addresses. Off in production; the local stack and the tests turn it on.
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Longest wait for the receiver's TCP (and TLS) connection. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest wait for the whole answer, from sending the request; then the attempt counts as failed. */
    @WithDefault("5s")
    Duration requestTimeout();

    /** Requests in flight per instance. */
    @WithDefault("8")
    int maxInFlight();

    /** Requests in flight per subscription (over all instances): a slow receiver holds at most this many. */
    @WithDefault("2")
    int maxInFlightPerSubscription();

    /** Wait after the first failed attempt; doubled after each further one, up to {@link #maxBackoff()}. */
    @WithDefault("10s")
    Duration initialBackoff();

    @WithDefault("1h")
    Duration maxBackoff();

    /**
     * A delivery is retried until this long after it was created, then FAILED; a subscription none of whose deliveries
     * succeeded for this long is DISABLED and its organiser emailed.
     */
    @WithDefault("24h")
    Duration giveUpAfter();

    /**
     * How long a settled delivery (DELIVERED, FAILED) stays in the delivery log, with the event body it carried:
     * then it is deleted (hourly, every instance; {@code convene.webhooks.purge-every}).
     */
    @WithDefault("P30D")
    Duration retention();

    /** How long a claim holds a row; longer than connect-timeout + request-timeout + 10 s. */
    @WithDefault("1m")
    Duration lease();

    /** The sweep for due rows (retries, other instances' rows); committed rows wake the sender at once. */
    @WithDefault("1s")
    Duration pollInterval();
}
