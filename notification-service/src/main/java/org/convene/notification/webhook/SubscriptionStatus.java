package org.convene.notification.webhook;

/** ACTIVE: deliveries are recorded and sent. DISABLED: by the organiser, or after failing for the give-up window. */
public enum SubscriptionStatus {
    ACTIVE,
    DISABLED
}
