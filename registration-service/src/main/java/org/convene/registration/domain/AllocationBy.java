package org.convene.registration.domain;

/** What a seat allocation groups attendees by: their city, or their city's country. */
public enum AllocationBy {
    CITY, COUNTRY
}
