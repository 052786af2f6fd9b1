package org.convene.registration.domain;

/** PENDING: an application, holding no seat; REJECTED and CANCELLED are final. */
public enum RegistrationStatus {
    PENDING, CONFIRMED, WAITLISTED, REJECTED, CANCELLED;

    /** Pending, confirmed or waitlisted: the email is taken for the workshop. */
    public boolean isActive() {
        return this == PENDING || this == CONFIRMED || this == WAITLISTED;
    }
}
