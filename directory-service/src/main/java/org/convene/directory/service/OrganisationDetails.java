package org.convene.directory.service;

import java.util.UUID;

import org.convene.directory.domain.OrganisationKind;

/** A new organisation, as the service takes it. */
public record OrganisationDetails(String name, OrganisationKind kind, UUID cityId) {
}
