package org.convene.directory.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.convene.directory.domain.City;
import org.convene.directory.domain.Member;
import org.convene.directory.domain.Organisation;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.directory.rest.CityView;
import org.convene.directory.rest.CityRequest;
import org.convene.directory.rest.MemberRequest;
import org.convene.directory.rest.MemberView;
import org.convene.directory.rest.OrganisationView;

/** Entity → API view and entity → event data. */
public final class DirectoryMapper {

    private DirectoryMapper() {
    }

    public static CityView view(City city) {
        return new CityView(city.id, city.name, city.countryCode, city.region, utc(city.createdAt),
                utc(city.updatedAt));
    }

    public static MemberView view(Member member) {
        return new MemberView(member.id, member.fullName, member.email, member.cityId, member.organisationId,
                member.title, member.phone, member.preferredLanguage, utc(member.createdAt), utc(member.updatedAt));
    }

    public static OrganisationView view(Organisation organisation) {
        return new OrganisationView(organisation.id, organisation.name, organisation.kind, organisation.cityId,
                utc(organisation.createdAt), utc(organisation.updatedAt));
    }

    /** The writable fields of a city, as a request: what a merge patch applies to. */
    public static CityRequest request(City city) {
        return new CityRequest(city.name, city.countryCode, city.region);
    }

    /** The writable fields of a member, as a request: what a merge patch applies to. */
    public static MemberRequest request(Member member) {
        return new MemberRequest(member.fullName, member.email, member.cityId, member.organisationId, member.title,
                member.phone, member.preferredLanguage);
    }

    public static DirectoryEvents.CityData event(City city) {
        return new DirectoryEvents.CityData(city.id, city.name, city.countryCode, city.region);
    }

    public static DirectoryEvents.MemberData event(Member member) {
        return new DirectoryEvents.MemberData(member.id, member.fullName, member.email, member.cityId,
                member.organisationId, member.preferredLanguage);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
