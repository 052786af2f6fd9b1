package org.convene.notification.domain;

/** A registration's status as registration-service publishes it (its RegistrationStatus; contracts/events). */
public enum RegistrantStatus {
    PENDING, CONFIRMED, WAITLISTED, REJECTED, CANCELLED;

    /** Confirmed or waitlisted: told when the workshop changes. */
    public boolean active() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
