package org.convene.registration.domain;

/** PENDING until the invitee answers (ACCEPTED, DECLINED) or the organisers revoke it (REVOKED, final). */
public enum InvitationStatus {
    PENDING, ACCEPTED, DECLINED, REVOKED
}
