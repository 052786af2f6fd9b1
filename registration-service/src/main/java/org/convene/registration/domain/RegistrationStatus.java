package org.convene.registration.domain;

public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
