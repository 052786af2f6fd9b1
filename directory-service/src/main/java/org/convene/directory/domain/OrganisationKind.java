package org.convene.directory.domain;

/** What sort of body an organisation is. */
public enum OrganisationKind {
    MUNICIPALITY, CIVIL_SOCIETY, NGO, GOVERNMENT, INTERNATIONAL, OTHER
}
