package org.convene.portal.client;

/** The body of {@code POST /api/v1/registrations/{id}/transfer}: the colleague who takes the place. */
public record TransferRequest(String fullName, String email) {
}
