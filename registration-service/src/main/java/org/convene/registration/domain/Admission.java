package org.convene.registration.domain;

/**
 * Who may register: anyone (OPEN), anyone as an application an organiser decides (APPROVAL), or only holders of an
 * invitation (INVITATION; invitations are their own issue, the public sign-up answers 403 until then).
 */
public enum Admission {
    OPEN, APPROVAL, INVITATION
}
