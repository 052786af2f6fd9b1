package org.convene.notification.webhook;

/** PENDING: to be sent (or being retried); DELIVERED: a 2xx; FAILED: given up (or refused target). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
