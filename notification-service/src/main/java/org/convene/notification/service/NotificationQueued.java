package org.convene.notification.service;

/** Fired when a PENDING row was written; the sender wakes once the transaction committed. */
public record NotificationQueued() {
}
