package org.convene.notification.domain;

/** A workshop's status as registration-service publishes it (contracts/events). */
public enum WorkshopStatus {
    DRAFT, OPEN, CANCELLED
}
