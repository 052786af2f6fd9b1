package org.convene.notification.webhook;

/** A new subscription and its signing secret, which is shown this once. */
public record CreatedSubscription(Subscription subscription, String secret) {
}
