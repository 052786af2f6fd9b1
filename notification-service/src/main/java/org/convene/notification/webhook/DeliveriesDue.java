package org.convene.notification.webhook;

/** Fired when webhook deliveries became due; once the transaction committed, the sender claims them. */
public record DeliveriesDue() {
}
