package org.convene.registration.domain;

/** Who cancelled a registration: the attendee (manage token), an organiser, or the workshop's cancellation. */
public enum CancelledBy {
    ATTENDEE, ORGANISER, WORKSHOP
}
