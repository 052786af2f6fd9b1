package org.convene.registration.service;

import java.util.UUID;

/** A transfer to a colleague: their name, (normalised) email and, optionally, city (default: the same city). */
public record TransferCommand(String fullName, String email, UUID cityId) {
}
