package org.convene.registration.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.security.SealedSecrets;
import org.convene.registration.domain.Admission;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.mapping.Times;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.repository.IdempotencyKeys;
import org.convene.registration.repository.RegistrationRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Decides a group of sign-ups for one workshop in one transaction, under the workshop's row lock, in arrival order:
 * one lock, one look-up of their idempotency keys and emails, one flush of the new rows, one update of the counters
 * and one commit (one WAL flush) for the whole group. Each sign-up gets the answer it would have had alone: seats
 * first come, first served, then waitlist places; a duplicate email, a reused key or an email past its limit
 * ({@link EmailSignUpLimit}, counted for the whole group in one query) is refused for that sign-up only.
 */
@ApplicationScoped
public class SignUpDecider {

    @Inject
    Seats seats;

    @Inject
    RegistrationRepository registrations;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    EventPublisher events;

    @Inject
    EmailSignUpLimit emailLimit;

    @Inject
    SealedSecrets secrets;

    @Inject
    ObjectMapper mapper;

    @Inject
    InvitationAcceptances acceptances;

    @Inject
    EntityManager em;

    /**
     * A sign-up waiting for its decision. {@code idempotencyKey} and {@code requestHash} are both null or both set;
     * {@code refusal}, when set, is the answer unless the key replays an earlier answer.
     */
    public record SignUp(SignUpCommand request, String idempotencyKey, String requestHash, ProblemException refusal,
            Invited invited) {

        public SignUp(SignUpCommand request, String idempotencyKey, String requestHash, ProblemException refusal) {
            this(request, idempotencyKey, requestHash, refusal, null);
        }

        /** Whether this sign-up becomes an application (PENDING) rather than taking a seat or waitlist place. */
        boolean applies(Workshop workshop) {
            return workshop.admission == Admission.APPROVAL && (invited == null || !invited.skipApproval());
        }
    }

    /**
     * The sign-up of an invitee accepting their invitation: INVITATION admits it; it may skip approval. The
     * invitation is locked and answered in the group's transaction ({@link InvitationAcceptances}).
     */
    public record Invited(boolean skipApproval, UUID invitationId) {
    }

    /** The outcome of one sign-up of a group: its answer, or the problem that refused it. */
    public record Decision(RegistrationService.SignUpOutcome outcome, ProblemException refusal) {

        static Decision answered(SignUpAnswer answer, boolean replayed) {
            return new Decision(new RegistrationService.SignUpOutcome(answer, replayed), null);
        }

        static Decision refused(ProblemException refusal) {
            return new Decision(null, refusal);
        }
    }

    /**
     * Decides {@code group} and commits. Returns one decision per sign-up, in the group's order, once committed.
     *
     * @throws ProblemException when the whole group is refused (no such workshop)
     * @throws RuntimeException when the transaction fails; nothing of the group was written
     */
    public List<Decision> decide(UUID workshopId, List<SignUp> group) {
        return QuarkusTransaction.requiringNew().call(() -> decideLocked(workshopId, group));
    }

    /** Decides {@code group} in the caller's transaction (which commits it), as {@link #decide} does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Decision> decideWithin(UUID workshopId, List<SignUp> group) {
        try {
            return decideLocked(workshopId, group);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Decision> decideLocked(UUID workshopId, List<SignUp> group) throws JsonProcessingException {
        Workshop workshop = seats.lock(workshopId, Times.now());
        // Read after the lock: groups decided by several instances hold the workshop one after the other, so their
        // registeredAt follows the waitlist positions they are given.
        Instant now = Times.now();
        Map<String, IdempotencyKeys.Stored> used = idempotencyKeys.findAll(
                group.stream().map(SignUp::idempotencyKey).filter(Objects::nonNull).distinct().toList());
        Set<String> taken = registrations.withActiveRegistration(workshop.id,
                group.stream().map(s -> s.request().email()).distinct().toList());
        EmailSignUpLimit.Counted perEmail = emailLimit.count(group.stream().filter(s -> s.invited() == null)
                .map(s -> s.request().email()).distinct().toList(), now);
        ProblemException notOpen = notOpenForSignUp(workshop, now);
        Map<UUID, String> groupKeys = seats.groupKeys(workshop,
                group.stream().map(s -> s.request().cityId()).filter(Objects::nonNull).toList());

        List<Decision> decisions = new ArrayList<>(group.size());
        Map<String, KeyedAnswer> answeredInGroup = new HashMap<>();
        Set<String> emailsInGroup = new HashSet<>();
        List<Created> created = new ArrayList<>();
        for (SignUp signUp : group) {
            String key = signUp.idempotencyKey();
            if (key != null && used.containsKey(key)) {
                decisions.add(replay(used.get(key), signUp.requestHash()));
                continue;
            }
            if (key != null && answeredInGroup.containsKey(key)) {
                // the same request retried while the first was still waiting: the same answer, or 422 for another body
                decisions.add(answeredInGroup.get(key).replayFor(signUp.requestHash()));
                continue;
            }
            UUID invitationId = signUp.invited() == null ? null : signUp.invited().invitationId();
            if (invitationId != null) {
                Decision settled = acceptances.settled(invitationId);
                if (settled != null) {
                    decisions.add(settled);
                    continue;
                }
            }
            ProblemException refusal = signUp.invited() == null ? perEmail.refusalFor(signUp.request().email()) : null;
            if (refusal == null) {
                refusal = signUp.refusal() != null ? signUp.refusal()
                        : notOpen != null ? notOpen : invalidFor(workshop, signUp);
            }
            if (refusal != null) {
                decisions.add(Decision.refused(refusal));
                continue;
            }
            String email = signUp.request().email();
            if (taken.contains(email) || !emailsInGroup.add(email.toLowerCase(Locale.ROOT))) {
                decisions.add(Decision.refused(
                        ProblemException.conflict(email + " is already registered for this workshop")));
                continue;
            }
            String seatGroup = signUp.request().cityId() == null ? null : groupKeys.get(signUp.request().cityId());
            boolean applies = signUp.applies(workshop);
            if (!applies && workshop.refusesNewcomer(seatGroup)) {
                decisions.add(Decision.refused(workshop.full()));
                continue;
            }
            String token = SealedSecrets.newToken();
            Registration registration = newRegistration(workshop, signUp.request(), token, now);
            registration.seatGroup = seatGroup;
            seats.ensureGroup(workshop, seatGroup);
            if (applies) {
                workshop.receive(registration);
            } else {
                workshop.admit(registration, now);
            }
            registrations.persist(registration);
            SignUpAnswer answer = SignUpAnswer.of(registration, token);
            created.add(new Created(registration, signUp, answer));
            if (invitationId != null) {
                acceptances.accepted(invitationId, registration.id, now, workshop);
            }
            if (key != null) {
                answeredInGroup.put(key, new KeyedAnswer(signUp.requestHash(), answer));
            }
            decisions.add(Decision.answered(answer, false));
        }
        // The rows go out now, in one batch. Our email check compares with Java's lower case where the unique index
        // uses PostgreSQL's; should the two disagree (rare Unicode), the index refuses the flush: the group is then
        // decided again one by one (SignUpBatcher), and alone the index's refusal is the chassis' 409.
        em.flush();
        events.signedUp(created.stream().map(Created::registration).toList(), workshop);
        List<IdempotencyKeys.Remembered> remembered = new ArrayList<>();
        for (Created c : created) {
            if (c.signUp().idempotencyKey() != null) {
                remembered.add(new IdempotencyKeys.Remembered(c.signUp().idempotencyKey(), c.signUp().requestHash(),
                        c.registration().id, mapper.writeValueAsString(c.answer().withoutManageToken())));
            }
        }
        idempotencyKeys.rememberAll(remembered);
        return decisions;
    }

    /**
     * What the workshop's own rules refuse in this sign-up, or null: invitation only (403, unless invited), no city
     * under a seat allocation (400 cityId), answers that do not fit the questions (400 answers.<key>).
     */
    private static ProblemException invalidFor(Workshop workshop, SignUp signUp) {
        SignUpCommand request = signUp.request();
        if (workshop.admission == Admission.INVITATION && signUp.invited() == null) {
            return new ProblemException(403, "invitation-required", "Invitation required",
                    "this workshop admits only people holding an invitation", null, Map.of());
        }
        if (workshop.allocationBy != null && request.cityId() == null) {
            return ProblemException.invalidField("cityId",
                    "is required: this workshop keeps seats per " + workshop.allocationBy.name().toLowerCase(Locale.ROOT));
        }
        return Answers.check(workshop.questions, request.answers());
    }

    private Registration newRegistration(Workshop workshop, SignUpCommand request, String token, Instant now) {
        Registration registration = new Registration();
        registration.id = Ids.newId();
        registration.workshopId = workshop.id;
        registration.fullName = request.fullName();
        registration.email = request.email();
        registration.cityId = request.cityId();
        registration.organisation = request.organisation();
        registration.memberId = request.memberId();
        registration.answers = Answers.stored(request.answers());
        registration.listed = request.listed();
        registration.manageTokenHash = SealedSecrets.hash(token);
        registration.manageTokenSealed = secrets.seal(token);
        registration.registeredAt = now;
        return registration;
    }

    /** The original answer for a key used before with the same body (its token opened again); a 422 for another. */
    private Decision replay(IdempotencyKeys.Stored stored, String requestHash) throws JsonProcessingException {
        if (!stored.requestHash().equals(requestHash)) {
            return Decision.refused(keyReused());
        }
        SignUpAnswer original = mapper.readValue(stored.responseJson(), SignUpAnswer.class);
        Registration registration = registrations.findById(stored.registrationId());
        String token = secrets.open(registration.manageTokenSealed);
        return Decision.answered(original.withManageToken(token), true);
    }

    private static ProblemException keyReused() {
        return ProblemException.rule("idempotency-key-reused", "Idempotency key reused",
                "this Idempotency-Key was used for a different request; use a new key for a new sign-up");
    }

    /** Why the workshop takes no sign-up now, or null when it does. */
    private static ProblemException notOpenForSignUp(Workshop workshop, Instant now) {
        if (workshop.status == WorkshopStatus.CANCELLED) {
            return ProblemException.rule("workshop-cancelled", "Workshop cancelled", "this workshop was cancelled");
        }
        if (workshop.status != WorkshopStatus.OPEN) {
            return ProblemException.rule("workshop-not-open", "Workshop not open",
                    "this workshop is not open for registration");
        }
        if (workshop.registrationOpensAt != null && now.isBefore(workshop.registrationOpensAt)) {
            return ProblemException.rule("registration-not-open-yet", "Registration not open yet",
                    "registration opens at " + Times.local(workshop.registrationOpensAt, workshop.timezone));
        }
        if (!now.isBefore(workshop.effectiveRegistrationClosesAt())) {
            return ProblemException.rule("registration-closed", "Registration closed",
                    "registration closed at " + Times.local(workshop.effectiveRegistrationClosesAt(),
                            workshop.timezone));
        }
        return null;
    }

    private record Created(Registration registration, SignUp signUp, SignUpAnswer answer) {
    }

    private record KeyedAnswer(String requestHash, SignUpAnswer answer) {

        Decision replayFor(String hash) {
            return requestHash.equals(hash) ? Decision.answered(answer, true) : Decision.refused(keyReused());
        }
    }
}
