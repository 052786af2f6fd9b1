package org.convene.registration.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.ETags;
import org.convene.platform.rest.PageRequest;
import org.convene.registration.domain.Admission;
import org.convene.registration.domain.AllocationBy;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.RegistrationRepository;
import org.convene.registration.repository.WorkshopRepository;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.mapping.Times;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
    Seats seats;

    @Inject
    ObjectMapper mapper;

    @Inject
    EventPublisher events;

    /** Creates a DRAFT. The host city is checked before the transaction: it may need the directory. */
    public Workshop create(WorkshopDraft request) {
        WorkshopRules.check(request);
        requireKnownHostCity(request.hostCityId());
        return QuarkusTransaction.requiringNew().call(() -> {
            Workshop workshop = new Workshop();
            workshop.id = Ids.newId();
            apply(workshop, request);
            workshop.capacity = request.capacity();
            changeAllocation(workshop, request.seatAllocation(), false);
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

    /** A published workshop's seats overall and per group (read without the lock: a snapshot). */
    public SeatsOverview seats(UUID id) {
        Workshop workshop = get(id, false);
        Map<String, Integer> waitlisted = new HashMap<>();
        int pending = 0;
        for (RegistrationRepository.GroupCount count : registrations.waitingByGroup(id)) {
            if (count.status() == RegistrationStatus.PENDING) {
                pending += count.count();
            } else if (count.group() != null) {
                waitlisted.merge(count.group(), count.count(), Integer::sum);
            }
        }
        List<SeatsOverview.Group> groups = workshop.allocationBy == null ? List.of()
                : workshops.groups(id).stream().sorted(Comparator.comparing(g -> g.groupKey))
                        .map(g -> new SeatsOverview.Group(g.groupKey, g.seatLimit, g.confirmedCount,
                                waitlisted.getOrDefault(g.groupKey, 0)))
                        .toList();
        return new SeatsOverview(workshop.capacity, workshop.confirmedCount, workshop.waitlistCount, pending,
                Times.local(workshop.allocationReleaseAt, workshop.timezone), workshop.allocationReleasedAt != null,
                groups);
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
        Workshop workshop = seats.lock(id, Times.now());
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
        List<Registration> active = registrations.active(workshop.id);
        workshop.cancelAll(active, now);
        active.forEach(r -> events.registration(RegistrationEvents.REGISTRATION_CANCELLED, r, workshop));
        return workshop;
    }

    /**
     * Applies a change (the API's JSON Merge Patch, RFC 7396: the current settings → the new ones, checked against the
     * annotations) to the workshop's settings, if {@code ifMatch} names its current ETag. Raising the capacity
     * promotes from the waitlist at once; a schedule change of a published workshop raises the sequence and publishes
     * workshop.updated.
     *
     * @param hostCityId the host city the change names, or null: when it is not the workshop's, it is checked before
     *        the transaction (it may need the directory)
     * @param change the current settings → the new ones, applied under the workshop's lock
     */
    public Workshop patch(UUID id, String ifMatch, UUID hostCityId, UnaryOperator<WorkshopDraft> change) {
        if (hostCityId != null && workshops.find(id).map(w -> !w.hostCityId.equals(hostCityId)).orElse(false)) {
            requireKnownHostCity(hostCityId);
        }
        return QuarkusTransaction.requiringNew().call(() -> patchLocked(id, ifMatch, change));
    }

    private Workshop patchLocked(UUID id, String ifMatch, UnaryOperator<WorkshopDraft> change) {
        Instant now = Times.now();
        Workshop workshop = seats.lock(id, now);
        ETags.require(ifMatch, workshop.etag());
        if (workshop.status == WorkshopStatus.CANCELLED) {
            throw ProblemException.rule("workshop-cancelled", "Workshop cancelled",
                    "a cancelled workshop cannot be changed");
        }
        WorkshopDraft patched = change.apply(WorkshopDraft.of(workshop));
        WorkshopRules.check(patched);
        if (!patched.hostCityId().equals(workshop.hostCityId) && !cities.knownInReplica(patched.hostCityId())) {
            throw unknownHostCity(patched.hostCityId());
        }
        boolean anyActive = registrations.anyActive(workshop.id);
        JsonNode questions = questions(patched);
        if (anyActive) {
            QuestionRules.checkChange(workshop.questions, questions,
                    (question, option) -> registrations.answerChose(workshop.id, question, option));
        }
        workshop.changeCapacity(patched.capacity());
        changeAllocation(workshop, patched.seatAllocation(), anyActive);
        boolean scheduleChanged = !Objects.equals(workshop.venue, patched.venue())
                || !workshop.timezone.equals(patched.timezone())
                || !workshop.startsAt.equals(patched.startsAt().toInstant())
                || !workshop.endsAt.equals(patched.endsAt().toInstant());
        apply(workshop, patched);
        workshop.updatedAt = now;
        workshop.revision++;
        if (scheduleChanged && workshop.status == WorkshopStatus.OPEN) {
            workshop.sequence++;
            events.workshop(RegistrationEvents.WORKSHOP_UPDATED, workshop);
        }
        seats.fill(workshop, List.of(), now);
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

    private static void changeAllocation(Workshop workshop, WorkshopDraft.Allocation allocation, boolean anyActive) {
        if (allocation == null) {
            workshop.changeAllocation(null, null, null, null, anyActive);
            return;
        }
        workshop.changeAllocation(AllocationBy.valueOf(allocation.by()), allocation.seatsPerGroup(),
                allocation.overrides(), allocation.releaseAt() == null ? null : allocation.releaseAt().toInstant(),
                anyActive);
    }

    private JsonNode questions(WorkshopDraft request) {
        return request.questions() == null || request.questions().isEmpty() ? null
                : mapper.valueToTree(request.questions());
    }

    private void apply(Workshop workshop, WorkshopDraft request) {
        workshop.title = request.title().trim();
        workshop.description = request.description();
        workshop.hostCityId = request.hostCityId();
        workshop.venue = request.venue();
        workshop.timezone = request.timezone();
        workshop.startsAt = request.startsAt().toInstant();
        workshop.endsAt = request.endsAt().toInstant();
        workshop.registrationOpensAt = request.registrationOpensAt() == null ? null
                : request.registrationOpensAt().toInstant();
        workshop.registrationClosesAt = request.registrationClosesAt() == null ? null
                : request.registrationClosesAt().toInstant();
        workshop.waitlistEnabled = request.waitlistEnabled() == null || request.waitlistEnabled();
        workshop.admission = request.admission() == null ? Admission.OPEN : Admission.valueOf(request.admission());
        workshop.questions = questions(request);
    }
}
