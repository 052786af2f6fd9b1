package org.convene.directory.messaging;

import java.util.UUID;

/** Topics and event types this service publishes (see contracts/asyncapi.yaml). */
public final class DirectoryEvents {

    public static final String CITIES_TOPIC = "directory.cities.v1";
    public static final String MEMBERS_TOPIC = "directory.members.v1";

    public static final String CITY_CREATED = "convene.city.created.v1";
    public static final String CITY_UPDATED = "convene.city.updated.v1";
    public static final String MEMBER_CREATED = "convene.member.created.v1";
    public static final String MEMBER_UPDATED = "convene.member.updated.v1";
    public static final String MEMBER_ERASED = "convene.member.erased.v1";

    private DirectoryEvents() {
    }

    /** Data of {@code city.created} and {@code city.updated}: the city as it now is. */
    public record CityData(UUID id, String name, String countryCode, String region) {
    }

    /** Data of {@code member.created} and {@code member.updated}: the member as they now are. */
    public record MemberData(UUID id, String fullName, String email, UUID cityId, UUID organisationId,
            String preferredLanguage) {
    }

    /** Data of {@code member.erased}: only the id, so that other services forget the person. */
    public record MemberErasedData(UUID id) {
    }
}
