package org.convene.portal.client;

/** The body of a decline: the optional reason, kept for the organisers. */
public record DeclineInvitation(String reason) {
}
