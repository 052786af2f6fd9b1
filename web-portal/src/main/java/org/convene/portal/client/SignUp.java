package org.convene.portal.client;

import java.util.UUID;

/** The answer to a sign-up: CONFIRMED or WAITLISTED (with its position), and the secret manage token. */
public record SignUp(UUID id, UUID workshopId, String status, Integer waitlistPosition, String manageToken) {
}
