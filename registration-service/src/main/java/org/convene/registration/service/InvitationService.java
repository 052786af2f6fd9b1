package org.convene.registration.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.Ids;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.security.SealedSecrets;
import org.convene.platform.validation.Emails;
import org.convene.registration.config.Retention;
import org.convene.registration.domain.Invitation;
import org.convene.registration.domain.InvitationStatus;
import org.convene.registration.domain.MemberReplica;
import org.convene.registration.domain.Workshop;
import org.convene.registration.mapping.Times;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.InvitationRepository;
import org.convene.registration.repository.ReplicaRepository;
import org.convene.registration.repository.WorkshopRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Invitations: organisers invite members, cities, organisations and people, one invitation per email per
 * workshop; the invitee accepts (a sign-up decided by {@link SignUpDecider}, for the invited email only), declines, or
 * the organisers revoke. Every answer and revocation holds the invitation's row lock, so they take turns.
 */
@ApplicationScoped
public class InvitationService {

    @Inject
    WorkshopRepository workshops;

    @Inject
    Retention retention;

    @Inject
    InvitationRepository invitations;

    @Inject
    ReplicaRepository replicas;

    @Inject
    CityLookup cities;

    @Inject
    SignUpBatcher batcher;

    @Inject
    SealedSecrets secrets;

    @Inject
    EventPublisher events;

    /** The answer to an accept: the registration (its manage token opened), and whether it existed already. */
    public record Accepted(SignUpAnswer answer, boolean repeated) {
    }

    public InviteOutcome invite(UUID workshopId, InviteCommand command) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Workshop workshop = workshops.find(workshopId)
                    .orElseThrow(() -> ProblemException.notFound("workshop", workshopId));
            List<InviteOutcome.Skipped> skipped = new ArrayList<>();
            List<Invitation> candidates = candidates(workshopId, command, skipped);
            Set<String> seen = new HashSet<>();
            List<Invitation> distinct = candidates.stream().filter(c -> seen.add(Emails.key(c.email))).toList();
            Set<UUID> inserted = invitations.insertAbsent(distinct);
            List<Invitation> created = distinct.stream().filter(c -> inserted.contains(c.id)).toList();
            events.invitations(RegistrationEvents.INVITATION_CREATED, created, workshop);
            return new InviteOutcome(created.size(), candidates.size() - created.size(), skipped);
        });
    }

    private List<Invitation> candidates(UUID workshopId, InviteCommand command, List<InviteOutcome.Skipped> skipped) {
        Instant now = Times.now();
        List<Invitation> found = new ArrayList<>();
        Map<UUID, MemberReplica> members = replicas.members(command.memberIds());
        for (int i = 0; i < command.memberIds().size(); i++) {
            UUID id = command.memberIds().get(i);
            MemberReplica member = members.get(id);
            String reason = member == null ? "unknown-member" : member.erased ? "erased-member"
                    : member.email == null ? "no-email" : null;
            if (reason != null) {
                skipped.add(new InviteOutcome.Skipped("memberIds[" + i + "]", id, reason));
            } else {
                found.add(of(workshopId, member, "member", command.skipApproval(), now));
            }
        }
        addGroups(workshopId, command, "cityIds", command.cityIds(), found, skipped, now);
        addGroups(workshopId, command, "organisationIds", command.organisationIds(), found, skipped, now);
        for (InviteCommand.Person person : command.people()) {
            found.add(newInvitation(workshopId, person.fullName(), person.email(), "person", command.skipApproval(),
                    now));
        }
        return found;
    }

    /** Every reachable member of each city or organisation; an id the replica knows no member of is skipped. */
    private void addGroups(UUID workshopId, InviteCommand command, String field, List<UUID> ids,
            List<Invitation> found, List<InviteOutcome.Skipped> skipped, Instant now) {
        boolean city = field.equals("cityIds");
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (city && !replicas.cityExists(id)) {
                skipped.add(new InviteOutcome.Skipped(field + "[" + i + "]", id, "unknown-city"));
                continue;
            }
            List<MemberReplica> members = replicas.reachableMembers(city ? "cityId" : "organisationId", id);
            if (members.isEmpty()) {
                // the replica knows organisations only through their members
                skipped.add(new InviteOutcome.Skipped(field + "[" + i + "]", id,
                        city ? "no-members" : "unknown-organisation"));
            }
            for (MemberReplica member : members) {
                found.add(of(workshopId, member, city ? "city" : "organisation", command.skipApproval(), now));
            }
        }
    }

    private Invitation of(UUID workshopId, MemberReplica member, String via, boolean skipApproval, Instant now) {
        Invitation invitation = newInvitation(workshopId, member.fullName, Emails.normalise(member.email), via,
                skipApproval, now);
        invitation.memberId = member.id;
        invitation.cityId = member.cityId;
        invitation.organisationId = member.organisationId;
        return invitation;
    }

    private Invitation newInvitation(UUID workshopId, String fullName, String email, String via,
            boolean skipApproval, Instant now) {
        String token = SealedSecrets.newToken();
        Invitation invitation = new Invitation();
        invitation.id = Ids.newId();
        invitation.workshopId = workshopId;
        invitation.fullName = fullName == null || fullName.isBlank() ? email : fullName;
        invitation.email = email;
        invitation.via = via;
        invitation.skipApproval = skipApproval;
        invitation.status = InvitationStatus.PENDING;
        invitation.tokenHash = SealedSecrets.hash(token);
        invitation.tokenSealed = secrets.seal(token);
        invitation.invitedAt = now;
        return invitation;
    }

    public List<Invitation> list(UUID workshopId, InvitationStatus status, PageRequest page) {
        if (workshops.find(workshopId).isEmpty()) {
            throw ProblemException.notFound("workshop", workshopId);
        }
        return invitations.page(workshopId, status, page);
    }

    /**
     * Accepts: decided exactly like a sign-up of the invited person (seats, groups, approval unless skipped), and
     * grouped with the workshop's other sign-ups under a rush ({@link SignUpBatcher}); the invitation is locked and
     * answered in that group's transaction ({@link InvitationAcceptances}), so an accept racing a revoke has one
     * winner. A repeat returns the same registration. {@code email}, when given, must be the invited one: a forwarded
     * link does not register someone else.
     */
    public Accepted accept(UUID id, String token, AcceptCommand command) {
        if (command.cityId() != null && !cities.knownWithDirectoryFallback(command.cityId())) {
            throw ProblemException.rule("unknown-city", "Unknown city",
                    "cityId " + command.cityId() + " is not a city of the directory");
        }
        Invitation invitation = forInvitee(id, token);
        if (command.email() != null && !Emails.key(command.email()).equals(Emails.key(invitation.email))) {
            throw new ProblemException(403, "invitation-not-yours", "Invitation not yours",
                    "this invitation is personal: it registers only the person it was sent to");
        }
        SignUpCommand signUp = new SignUpCommand(invitation.fullName, invitation.email,
                command.cityId() != null ? command.cityId() : invitation.cityId, null, invitation.memberId,
                command.answers(), command.listed());
        RegistrationService.SignUpOutcome outcome = batcher.decide(invitation.workshopId,
                new SignUpDecider.SignUp(signUp, null, null, null,
                        new SignUpDecider.Invited(invitation.skipApproval, invitation.id)));
        return new Accepted(outcome.answer(), outcome.replayed());
    }

    public Invitation decline(UUID id, String token, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Invitation invitation = opened(id, token);
            invitation.decline(reason, Times.now());
            published(RegistrationEvents.INVITATION_DECLINED, invitation);
            return invitation;
        });
    }

    /** Revokes (organisers): its link then answers 410. Revoking twice changes nothing; an accepted one is 422. */
    public Invitation revoke(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Invitation invitation = invitations.lock(id)
                    .orElseThrow(() -> ProblemException.notFound("invitation", id));
            if (invitation.revoke(Times.now())) {
                published(RegistrationEvents.INVITATION_REVOKED, invitation);
            }
            return invitation;
        });
    }

    private void published(String type, Invitation invitation) {
        events.invitations(type, List.of(invitation), workshops.find(invitation.workshopId).orElseThrow());
    }

    /**
     * The invitation locked, for the holder of its token: 401 without, 403 for another, 410 once revoked or once its
     * link expired ({@code convene.retention.invitation-token-after-workshop} after the workshop ended).
     */
    /** The invitation as its invitee sees it through the emailed link: the same token checks as an answer. */
    public Invitation forInvitee(UUID id, String token) {
        return QuarkusTransaction.requiringNew().call(() -> checked(id, token, false));
    }

    /** The invitation, locked for an answer (accept, decline and revoke of one invitation take turns). */
    private Invitation opened(UUID id, String token) {
        return checked(id, token, true);
    }

    private Invitation checked(UUID id, String token, boolean lock) {
        if (token == null || token.isBlank()) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "send the invitation's token (X-Invitation-Token or ?token=)", null, Map.of());
        }
        Invitation invitation = (lock ? invitations.lock(id) : invitations.findByIdOptional(id))
                .orElseThrow(() -> ProblemException.notFound("invitation", id));
        if (!SealedSecrets.matches(token.trim(), invitation.tokenHash)) {
            throw new ProblemException(403, "forbidden", "Forbidden", "this token does not open this invitation");
        }
        invitation.requireNotRevoked();
        TokenLinks.requireNotExpired(workshops.find(invitation.workshopId).orElseThrow().endsAt,
                retention.invitationTokenAfterWorkshop());
        return invitation;
    }
}
