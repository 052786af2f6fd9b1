package org.convene.notification.domain;

/**
 * Why a ledger row is SUPPRESSED. OPTED_OUT: the recipient's preferences exclude this kind of email; SUPERSEDED: a
 * later email of the same registration made it moot before it was sent (see {@link NotificationType#supersedes()}),
 * or the invitation it was about was answered or revoked first; ERASED: the recipient was erased before it was sent.
 */
public enum SuppressedReason {
    OPTED_OUT, SUPERSEDED, ERASED
}
