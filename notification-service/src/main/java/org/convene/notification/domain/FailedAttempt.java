package org.convene.notification.domain;

import java.time.OffsetDateTime;

/** One failed attempt to send a ledger row: when, which attempt (1 = the first), and the error. */
public record FailedAttempt(OffsetDateTime at, int attempt, String error) {
}
