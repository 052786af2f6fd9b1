package org.convene.directory.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.convene.directory.domain.City;
import org.convene.directory.domain.Member;
import org.convene.directory.domain.Organisation;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.directory.rest.CityRequest;
import org.convene.directory.rest.CityView;
import org.convene.directory.rest.ImportResult;
import org.convene.directory.rest.MemberRequest;
import org.convene.directory.rest.MemberView;
import org.convene.directory.rest.OrganisationRequest;
import org.convene.directory.rest.OrganisationView;
import org.convene.directory.service.CityDetails;
import org.convene.directory.service.ImportSummary;
import org.convene.directory.service.MemberDetails;
import org.convene.directory.service.OrganisationDetails;

/** API request → the service's details, entity or service result → API view, and entity → event data. */
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

    public static ImportResult view(ImportSummary summary) {
        return new ImportResult(summary.created(), summary.updated(), summary.unchanged(), summary.rejected().stream()
                .map(r -> new ImportResult.Rejection(r.line(), r.errors())).toList());
    }

    public static CityDetails details(CityRequest request) {
        return new CityDetails(request.name(), request.countryCode(), request.region());
    }

    public static MemberDetails details(MemberRequest request) {
        return new MemberDetails(request.fullName(), request.email(), request.cityId(), request.organisationId(),
                request.title(), request.phone(), request.preferredLanguage());
    }

    public static OrganisationDetails details(OrganisationRequest request) {
        return new OrganisationDetails(request.name(), request.kind(), request.cityId());
    }

    /** The writable fields of a city, as a request: what a merge patch applies to. */
    public static CityRequest request(CityDetails city) {
        return new CityRequest(city.name(), city.countryCode(), city.region());
    }

    /** The writable fields of a member, as a request: what a merge patch applies to. */
    public static MemberRequest request(MemberDetails member) {
        return new MemberRequest(member.fullName(), member.email(), member.cityId(), member.organisationId(),
                member.title(), member.phone(), member.preferredLanguage());
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
