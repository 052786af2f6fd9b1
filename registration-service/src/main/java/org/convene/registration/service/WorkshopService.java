package org.convene.registration.service;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.ETags;
import org.convene.platform.rest.MergePatcher;
import org.convene.platform.rest.PageRequest;
import org.convene.registration.domain.CancelledBy;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.RegistrationRepository;
import org.convene.registration.repository.WorkshopRepository;
import org.convene.registration.rest.WorkshopRequest;
import org.convene.registration.mapping.Times;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
public class WorkshopService {

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CityLookup cities;

    @Inject
    Waitlist waitlist;

    @Inject
    EventPublisher events;

    @Inject
    MergePatcher patcher;

    /** Creates a DRAFT. The host city is checked before the transaction: it may need the directory. */
    public Workshop create(WorkshopRequest request) {
        WorkshopRules.check(request);
        requireKnownHostCity(request.hostCityId());
        return QuarkusTransaction.requiringNew().call(() -> {
            Workshop workshop = new Workshop();
            workshop.id = Ids.newId();
            apply(workshop, request);
            workshop.status = WorkshopStatus.DRAFT;
            workshop.createdAt = Times.now();
            workshop.updatedAt = workshop.createdAt;
            workshops.persist(workshop);
            return workshop;
        });
    }

    /** A workshop the caller may see: the public sees published ones only, as if drafts did not exist. */
    public Workshop get(UUID id, boolean organiser) {
        return workshops.find(id).filter(w -> organiser || w.isPublished())
                .orElseThrow(() -> ProblemException.notFound("workshop", id));
    }

    public List<Workshop> list(boolean organiser, WorkshopStatus status, UUID hostCityId, PageRequest page) {
        return workshops.page(organiser, status, hostCityId, page);
    }

    @Transactional
    public Workshop publish(UUID id) {
        Workshop workshop = workshops.lock(id);
        if (workshop.status != WorkshopStatus.DRAFT) {
            throw ProblemException.rule("not-a-draft", "Not a draft",
                    "only a DRAFT workshop can be published; this one is " + workshop.status);
        }
        Instant now = Times.now();
        workshop.status = WorkshopStatus.OPEN;
        workshop.publishedAt = now;
        workshop.updatedAt = now;
        workshop.revision++;
        events.workshop(RegistrationEvents.WORKSHOP_PUBLISHED, workshop);
        return workshop;
    }

    /** Cancels the workshop and every active registration of it. Cancelling twice changes nothing. */
    @Transactional
    public Workshop cancel(UUID id) {
        Workshop workshop = workshops.lock(id);
        if (workshop.status == WorkshopStatus.CANCELLED) {
            return workshop;
        }
        boolean wasPublished = workshop.isPublished();
        Instant now = Times.now();
        workshop.status = WorkshopStatus.CANCELLED;
        workshop.cancelledAt = now;
        workshop.updatedAt = now;
        workshop.revision++;
        if (wasPublished) {
            workshop.sequence++;
            events.workshop(RegistrationEvents.WORKSHOP_CANCELLED, workshop);
        }
        for (Registration registration : registrations.active(workshop.id)) {
            registration.status = RegistrationStatus.CANCELLED;
            registration.waitlistPosition = null;
            registration.cancelledAt = now;
            registration.cancelledBy = CancelledBy.WORKSHOP;
            events.registration(RegistrationEvents.REGISTRATION_CANCELLED, registration, workshop);
        }
        workshop.confirmedCount = 0;
        workshop.waitlistCount = 0;
        return workshop;
    }

    /**
     * Applies a JSON Merge Patch (RFC 7396) to the workshop's settings, if {@code ifMatch} names its current ETag.
     * Raising the capacity promotes from the waitlist at once; a schedule change of a published workshop raises the
     * sequence and publishes workshop.updated.
     */
    public Workshop patch(UUID id, String ifMatch, ObjectNode patch) {
        JsonNode hostCity = patch.get("hostCityId");
        if (hostCity != null && hostCity.isTextual()) {
            UUID cityId = parseUuid("hostCityId", hostCity.asText());
            if (workshops.find(id).map(w -> !w.hostCityId.equals(cityId)).orElse(false)) {
                requireKnownHostCity(cityId);
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> patchLocked(id, ifMatch, patch));
    }

    private Workshop patchLocked(UUID id, String ifMatch, ObjectNode patch) {
        Workshop workshop = workshops.lock(id);
        ETags.require(ifMatch, workshop.etag());
        if (workshop.status == WorkshopStatus.CANCELLED) {
            throw ProblemException.rule("workshop-cancelled", "Workshop cancelled",
                    "a cancelled workshop cannot be changed");
        }
        WorkshopRequest patched = patcher.apply(RegistrationMapper.settings(workshop), patch, WorkshopRequest.class);
        WorkshopRules.check(patched);
        if (!patched.hostCityId().equals(workshop.hostCityId) && !cities.knownInReplica(patched.hostCityId())) {
            throw unknownHostCity(patched.hostCityId());
        }
        if (patched.capacity() < workshop.confirmedCount) {
            throw ProblemException.rule("capacity-below-confirmed", "Capacity below confirmed",
                    "capacity " + patched.capacity() + " is below the " + workshop.confirmedCount
                            + " confirmed registrations; cancel some first");
        }
        boolean scheduleChanged = !Objects.equals(workshop.venue, patched.venue())
                || !workshop.timezone.equals(patched.timezone())
                || !workshop.startsAt.equals(patched.startsAt().toInstant())
                || !workshop.endsAt.equals(patched.endsAt().toInstant());
        Instant now = Times.now();
        apply(workshop, patched);
        workshop.updatedAt = now;
        workshop.revision++;
        if (scheduleChanged && workshop.status == WorkshopStatus.OPEN) {
            workshop.sequence++;
            events.workshop(RegistrationEvents.WORKSHOP_UPDATED, workshop);
        }
        waitlist.fillFreeSeats(workshop, now);
        return workshop;
    }

    private void requireKnownHostCity(UUID cityId) {
        if (!cities.knownWithDirectoryFallback(cityId)) {
            throw unknownHostCity(cityId);
        }
    }

    private static ProblemException unknownHostCity(UUID cityId) {
        return ProblemException.rule("unknown-city", "Unknown city",
                "hostCityId " + cityId + " is not a city of the directory");
    }

    private static UUID parseUuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(field, "must be a UUID");
        }
    }

    private static void apply(Workshop workshop, WorkshopRequest request) {
        workshop.title = request.title().trim();
        workshop.description = request.description();
        workshop.hostCityId = request.hostCityId();
        workshop.venue = request.venue();
        workshop.timezone = request.timezone();
        workshop.startsAt = request.startsAt().toInstant();
        workshop.endsAt = request.endsAt().toInstant();
        workshop.capacity = request.capacity();
        workshop.registrationOpensAt = request.registrationOpensAt() == null ? null
                : request.registrationOpensAt().toInstant();
        workshop.registrationClosesAt = request.registrationClosesAt() == null ? null
                : request.registrationClosesAt().toInstant();
        workshop.waitlistEnabled = request.waitlistEnabled() == null || request.waitlistEnabled();
    }
}
