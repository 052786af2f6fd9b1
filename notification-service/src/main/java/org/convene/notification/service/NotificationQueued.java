package org.convene.notification.service;

import java.util.UUID;

/** Fired when a PENDING row was written; once the transaction committed, the sender sends that row. */
public record NotificationQueued(UUID id) {
}
