package org.convene.registration.domain;

public enum WorkshopStatus {
    DRAFT, OPEN, CANCELLED
}
