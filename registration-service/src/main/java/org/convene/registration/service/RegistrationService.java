package org.convene.registration.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.security.SealedSecrets;
import org.convene.registration.domain.CancelledBy;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.mapping.Times;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.IdempotencyKeys;
import org.convene.registration.repository.RegistrationRepository;
import org.convene.registration.repository.ReplicaRepository;
import org.convene.registration.repository.WorkshopRepository;
import org.convene.registration.rest.SignUpRequest;
import org.convene.registration.rest.SignUpView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sign-ups, cancellations and check-ins. Every decision about seats is taken while holding the workshop's row lock
 * ({@link WorkshopRepository#lock}), and the counters change in the same transaction, so two requests never see the
 * same free seat and confirmed never exceeds capacity.
 */
@ApplicationScoped
public class RegistrationService {

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ReplicaRepository replicas;

    @Inject
    CityLookup cities;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Waitlist waitlist;

    @Inject
    EventPublisher events;

    @Inject
    SealedSecrets secrets;

    @Inject
    ObjectMapper mapper;

    @Inject
    EntityManager em;

    public record SignUpOutcome(SignUpView answer, boolean replayed) {
    }

    public SignUpOutcome signUp(UUID workshopId, SignUpRequest request, String idempotencyKey) {
        String requestHash = idempotencyKey == null ? null : IdempotencyHash.of(workshopId, request);
        if (idempotencyKey != null) {
            SignUpOutcome replay = QuarkusTransaction.requiringNew()
                    .call(() -> replay(idempotencyKey, requestHash));
            if (replay != null) {
                return replay;
            }
        }
        // Checked before the workshop is locked. A city the replica has not seen yet (created seconds ago) is asked of
        // the directory, with its short timeout; members are checked in the replica only: the directory's member
        // reads are organiser-only and this service holds no organiser credential.
        if (request.cityId() != null && !cities.knownWithDirectoryFallback(request.cityId())) {
            throw ProblemException.rule("unknown-city", "Unknown city",
                    "cityId " + request.cityId() + " is not a city of the directory");
        }
        if (request.memberId() != null
                && !QuarkusTransaction.requiringNew().call(() -> replicas.memberExists(request.memberId()))) {
            throw ProblemException.rule("unknown-member", "Unknown member",
                    "memberId " + request.memberId() + " is not a member of the directory");
        }
        return QuarkusTransaction.requiringNew()
                .call(() -> signUpLocked(workshopId, request, idempotencyKey, requestHash));
    }

    private SignUpOutcome signUpLocked(UUID workshopId, SignUpRequest request, String idempotencyKey,
            String requestHash) throws JsonProcessingException {
        Workshop workshop = workshops.lock(workshopId);
        if (idempotencyKey != null) {
            // A request with the same key may have committed while this one waited for the lock.
            SignUpOutcome replay = replay(idempotencyKey, requestHash);
            if (replay != null) {
                return replay;
            }
        }
        Instant now = Times.now();
        requireOpenForSignUp(workshop, now);
        String email = request.email().trim();
        if (registrations.hasActiveWithEmail(workshop.id, email)) {
            throw ProblemException.conflict(email + " is already registered for this workshop");
        }
        boolean seatLeft = workshop.confirmedCount < workshop.capacity;
        if (!seatLeft && !workshop.waitlistEnabled) {
            throw ProblemException.rule("workshop-full", "Workshop full",
                    "all " + workshop.capacity + " seats are taken and this workshop has no waitlist");
        }
        String token = SealedSecrets.newToken();
        Registration registration = new Registration();
        registration.id = Ids.newId();
        registration.workshopId = workshop.id;
        registration.fullName = request.fullName().trim();
        registration.email = email;
        registration.cityId = request.cityId();
        registration.organisation = request.organisation();
        registration.memberId = request.memberId();
        registration.answers = request.answers();
        registration.manageTokenHash = SealedSecrets.hash(token);
        registration.manageTokenSealed = secrets.seal(token);
        registration.registeredAt = now;
        if (seatLeft) {
            registration.status = RegistrationStatus.CONFIRMED;
            registration.confirmedAt = now;
            workshop.confirmedCount++;
        } else {
            registration.status = RegistrationStatus.WAITLISTED;
            registration.waitlistPosition = workshop.waitlistCount + 1;
            workshop.waitlistCount++;
        }
        registrations.persist(registration);
        try {
            em.flush(); // the partial unique index on (workshop, lower(email)) speaks now, as a 409
        } catch (PersistenceException e) {
            if (violates(e, "registration_active_email")) {
                throw ProblemException.conflict(email + " is already registered for this workshop");
            }
            throw e;
        }
        events.registration(seatLeft ? RegistrationEvents.REGISTRATION_CONFIRMED
                : RegistrationEvents.REGISTRATION_WAITLISTED, registration, workshop);
        SignUpView answer = new SignUpView(registration.id, workshop.id, registration.status.name(),
                registration.waitlistPosition, token, Times.utc(now));
        if (idempotencyKey != null) {
            SignUpView withoutSecret = new SignUpView(answer.id(), answer.workshopId(), answer.status(),
                    answer.waitlistPosition(), null, answer.registeredAt());
            idempotencyKeys.remember(idempotencyKey, requestHash, registration.id,
                    mapper.writeValueAsString(withoutSecret));
        }
        return new SignUpOutcome(answer, false);
    }

    private static boolean violates(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null && violation.getConstraintName().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** The original answer for a key used before with the same body; a 422 for another body; null for a new key. */
    private SignUpOutcome replay(String idempotencyKey, String requestHash) throws JsonProcessingException {
        var stored = idempotencyKeys.find(idempotencyKey).orElse(null);
        if (stored == null) {
            return null;
        }
        if (!stored.requestHash().equals(requestHash)) {
            throw ProblemException.rule("idempotency-key-reused", "Idempotency key reused",
                    "this Idempotency-Key was used for a different request; use a new key for a new sign-up");
        }
        SignUpView original = mapper.readValue(stored.responseJson(), SignUpView.class);
        Registration registration = registrations.findById(stored.registrationId());
        String token = secrets.open(registration.manageTokenSealed);
        return new SignUpOutcome(new SignUpView(original.id(), original.workshopId(), original.status(),
                original.waitlistPosition(), token, original.registeredAt()), true);
    }

    private static void requireOpenForSignUp(Workshop workshop, Instant now) {
        if (workshop.status == WorkshopStatus.CANCELLED) {
            throw ProblemException.rule("workshop-cancelled", "Workshop cancelled", "this workshop was cancelled");
        }
        if (workshop.status != WorkshopStatus.OPEN) {
            throw ProblemException.rule("workshop-not-open", "Workshop not open",
                    "this workshop is not open for registration");
        }
        if (workshop.registrationOpensAt != null && now.isBefore(workshop.registrationOpensAt)) {
            throw ProblemException.rule("registration-not-open-yet", "Registration not open yet",
                    "registration opens at " + Times.local(workshop.registrationOpensAt, workshop.timezone));
        }
        if (!now.isBefore(workshop.effectiveRegistrationClosesAt())) {
            throw ProblemException.rule("registration-closed", "Registration closed",
                    "registration closed at " + Times.local(workshop.effectiveRegistrationClosesAt(),
                            workshop.timezone));
        }
    }

    /** A registration for its organiser or the holder of its manage token. */
    public Registration get(UUID id, Actor actor) {
        authorize(id, actor);
        return registrations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("registration", id));
    }

    /**
     * Cancels a registration. A freed confirmed seat goes to the head of the waitlist in the same transaction;
     * leaving the waitlist moves everyone behind forward. Cancelling twice changes nothing.
     */
    public Registration cancel(UUID id, Actor actor) {
        RegistrationRepository.Owner owner = authorize(id, actor);
        return QuarkusTransaction.requiringNew().call(() -> {
            Workshop workshop = workshops.lock(owner.workshopId());
            Registration registration = registrations.findById(id);
            if (!registration.isActive()) {
                return registration;
            }
            Instant now = Times.now();
            RegistrationStatus previous = registration.status;
            Integer position = registration.waitlistPosition;
            registration.status = RegistrationStatus.CANCELLED;
            registration.waitlistPosition = null;
            registration.cancelledAt = now;
            registration.cancelledBy = actor.organiser() ? CancelledBy.ORGANISER : CancelledBy.ATTENDEE;
            workshop.updatedAt = now;
            events.registration(RegistrationEvents.REGISTRATION_CANCELLED, registration, workshop);
            if (previous == RegistrationStatus.CONFIRMED) {
                workshop.confirmedCount--;
                waitlist.fillFreeSeats(workshop, now);
            } else {
                waitlist.leave(workshop, position);
            }
            return registration;
        });
    }

    /** Checks in a confirmed attendee (once; a second check-in changes nothing). */
    public Registration checkIn(UUID id) {
        RegistrationRepository.Owner owner = registrations.ownerOf(id)
                .orElseThrow(() -> ProblemException.notFound("registration", id));
        return QuarkusTransaction.requiringNew().call(() -> {
            Workshop workshop = workshops.lock(owner.workshopId());
            Registration registration = registrations.findById(id);
            if (registration.checkedInAt != null && registration.status == RegistrationStatus.CONFIRMED) {
                return registration;
            }
            if (registration.status != RegistrationStatus.CONFIRMED) {
                throw ProblemException.rule("not-confirmed", "Not confirmed",
                        "only a CONFIRMED registration can be checked in; this one is " + registration.status);
            }
            registration.checkedInAt = Times.now();
            workshop.attendanceCount++;
            events.registration(RegistrationEvents.REGISTRATION_CHECKED_IN, registration, workshop);
            return registration;
        });
    }

    public List<Registration> list(UUID workshopId, RegistrationStatus status, PageRequest page) {
        if (workshops.find(workshopId).isEmpty()) {
            throw ProblemException.notFound("workshop", workshopId);
        }
        return registrations.page(workshopId, status, page);
    }

    /** 401 without credentials, 404 for an unknown id, 403 for a token of another registration. */
    private RegistrationRepository.Owner authorize(UUID id, Actor actor) {
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
        return owner;
    }
}
