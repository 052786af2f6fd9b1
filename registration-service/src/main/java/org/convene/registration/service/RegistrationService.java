package org.convene.registration.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;
import org.convene.registration.domain.CancelledBy;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.domain.Workshop;
import org.convene.registration.mapping.Times;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.RegistrationRepository;
import org.convene.registration.repository.ReplicaRepository;
import org.convene.registration.repository.WorkshopRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sign-ups, cancellations and check-ins. Every decision about seats is taken while holding the workshop's row lock
 * ({@link WorkshopRepository#lock}), and the counters change in the same transaction, so two requests never see the
 * same free seat and confirmed never exceeds capacity.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    org.convene.registration.config.Retention retention;

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ReplicaRepository replicas;

    @Inject
    CityLookup cities;

    @Inject
    SignUpBatcher batcher;

    @Inject
    Seats seats;

    @Inject
    EventPublisher events;

    public record SignUpOutcome(SignUpAnswer answer, boolean replayed) {
    }

    /**
     * Signs up for a workshop. The city and member are checked first, without any lock; the seat is then decided by
     * {@link SignUpBatcher}, together with the other sign-ups for the same workshop waiting at that moment, in one
     * transaction. Returns once the decision is committed.
     */
    public SignUpOutcome signUp(UUID workshopId, SignUpCommand request, String idempotencyKey) {
        String requestHash = idempotencyKey == null ? null : IdempotencyHash.of(workshopId, request);
        ProblemException unknownReference = unknownReference(request);
        if (unknownReference != null && idempotencyKey == null) {
            throw unknownReference;
        }
        // With a key, even a refused sign-up goes to the decider: a retry of a request that succeeded before (say, for a
        // city since deleted) must still get its original answer.
        return batcher.decide(workshopId,
                new SignUpDecider.SignUp(request, idempotencyKey, requestHash, unknownReference));
    }

    /**
     * An unknown cityId or memberId, or null. A city the replica has not seen yet (created seconds ago) is asked of
     * the directory, with its short timeout; members are checked in the replica only: the directory's member reads are
     * organiser-only and this service holds no organiser credential.
     */
    private ProblemException unknownReference(SignUpCommand request) {
        if (request.cityId() != null && !cities.knownWithDirectoryFallback(request.cityId())) {
            return ProblemException.rule("unknown-city", "Unknown city",
                    "cityId " + request.cityId() + " is not a city of the directory");
        }
        if (request.memberId() != null
                && !QuarkusTransaction.requiringNew().call(() -> replicas.memberExists(request.memberId()))) {
            return ProblemException.rule("unknown-member", "Unknown member",
                    "memberId " + request.memberId() + " is not a member of the directory");
        }
        return null;
    }

    /** A registration for its organiser or the holder of its manage token. */
    public Registration get(UUID id, Actor actor) {
        authorize(id, actor);
        return registrations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("registration", id));
    }

    /**
     * Cancels a registration (a pending application too). A freed confirmed seat goes to the first waitlisted
     * registration it can confirm, in the same transaction; leaving the waitlist moves everyone behind forward.
     * Cancelling twice changes nothing.
     */
    public Registration cancel(UUID id, Actor actor) {
        RegistrationRepository.Owner owner = authorize(id, actor);
        CancelledBy by = actor.organiser() ? CancelledBy.ORGANISER : CancelledBy.ATTENDEE;
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Times.now();
            Workshop workshop = seats.lock(owner.workshopId(), now);
            Registration registration = registrations.findById(id);
            if (!registration.isActive()) {
                return registration;
            }
            Integer left = workshop.leave(registration, () -> registration.cancel(by, now));
            workshop.updatedAt = now;
            events.registration(RegistrationEvents.REGISTRATION_CANCELLED, registration, workshop);
            seats.fillAfterLeaving(workshop, left, now);
            return registration;
        });
    }

    /**
     * Approves a PENDING application: CONFIRMED or WAITLISTED by the seat rules of a newcomer, in approval order
     * (registration.approved). 422 not-pending otherwise, workshop-full when full without a waitlist.
     */
    public Registration approve(UUID id) {
        return decide(id, (workshop, registration, now) -> {
            workshop.approve(registration, now);
            events.registration(RegistrationEvents.REGISTRATION_APPROVED, registration, workshop);
        });
    }

    /**
     * Rejects a PENDING application or a WAITLISTED registration (registration.rejected, with the reason); the
     * waitlist closes up behind it. 422 not-rejectable otherwise.
     */
    public Registration reject(UUID id, String reason) {
        return decide(id, (workshop, registration, now) -> {
            Integer left = workshop.leave(registration, () -> registration.reject(reason, now));
            events.rejected(registration, workshop);
            seats.fillAfterLeaving(workshop, left, now);
        });
    }

    /** Checks in a confirmed attendee (once; a second check-in changes nothing). */
    public Registration checkIn(UUID id) {
        return decide(id, (workshop, registration, now) -> {
            if (workshop.checkIn(registration, now)) {
                events.registration(RegistrationEvents.REGISTRATION_CHECKED_IN, registration, workshop);
            }
        });
    }

    /** Undoes a check-in; undoing a registration that is not checked in changes nothing. */
    public Registration undoCheckIn(UUID id) {
        return decide(id, (workshop, registration, now) -> {
            if (workshop.undoCheckIn(registration)) {
                events.registration(RegistrationEvents.REGISTRATION_CHECK_IN_UNDONE, registration, workshop);
            }
        });
    }

    /** An organiser's decision about one registration, taken under the workshop's lock. */
    @FunctionalInterface
    private interface Decision {
        void apply(Workshop workshop, Registration registration, Instant now);
    }

    private Registration decide(UUID id, Decision decision) {
        RegistrationRepository.Owner owner = registrations.ownerOf(id)
                .orElseThrow(() -> ProblemException.notFound("registration", id));
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Times.now();
            Workshop workshop = seats.lock(owner.workshopId(), now);
            Registration registration = registrations.findById(id);
            decision.apply(workshop, registration, now);
            return registration;
        });
    }

    public List<Registration> list(UUID workshopId, RegistrationStatus status, PageRequest page) {
        if (workshops.find(workshopId).isEmpty()) {
            throw ProblemException.notFound("workshop", workshopId);
        }
        return registrations.page(workshopId, status, page);
    }

    /**
     * 401 without credentials, 404 for an unknown id, 403 for a token of another registration, 410 for a manage token
     * whose workshop ended more than {@code convene.retention.manage-token-after-workshop} ago.
     */
    RegistrationRepository.Owner authorize(UUID id, Actor actor) {
        if (!actor.hasCredentials()) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "send the registration's manage token (X-Manage-Token or ?token=) or an organiser token", null,
                    java.util.Map.of("WWW-Authenticate", "Bearer"));
        }
        RegistrationRepository.Owner owner = registrations.ownerOf(id)
                .orElseThrow(() -> ProblemException.notFound("registration", id));
        if (!actor.mayActOn(owner.manageTokenHash())) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "this manage token does not open this registration");
        }
        if (!actor.organiser()) {
            TokenLinks.requireNotExpired(owner.workshopEndsAt(), retention.manageTokenAfterWorkshop());
        }
        return owner;
    }
}
