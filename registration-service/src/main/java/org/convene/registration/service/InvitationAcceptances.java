package org.convene.registration.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.platform.problem.ProblemException;
import org.convene.platform.security.SealedSecrets;
import org.convene.registration.domain.Invitation;
import org.convene.registration.domain.InvitationStatus;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.Workshop;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.InvitationRepository;
import org.convene.registration.repository.RegistrationRepository;

/**
 * The invitation's half of an acceptance, decided inside a sign-up group by {@link SignUpDecider} (under the workshop's
 * lock): the invitation's row lock, then what it already decides (revoked, or accepted before), and once the sign-up
 * is decided, the invitation's answer and its event, in the same transaction.
 */
@ApplicationScoped
public class InvitationAcceptances {

    @Inject
    InvitationRepository invitations;

    @Inject
    RegistrationRepository registrations;

    @Inject
    SealedSecrets secrets;

    @Inject
    EventPublisher events;

    /**
     * Locks the invitation. Its answer already given: 410 when revoked meanwhile, the same registration (a repeat)
     * when accepted before; null when the sign-up is to be decided now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    SignUpDecider.Decision settled(UUID invitationId) {
        Invitation invitation = invitations.lock(invitationId)
                .orElseThrow(() -> ProblemException.notFound("invitation", invitationId));
        if (invitation.status == InvitationStatus.REVOKED) {
            return SignUpDecider.Decision.refused(Invitation.revoked());
        }
        if (invitation.status == InvitationStatus.ACCEPTED) {
            Registration registration = registrations.findById(invitation.registrationId);
            return SignUpDecider.Decision.answered(
                    SignUpAnswer.of(registration, secrets.open(registration.manageTokenSealed)), true);
        }
        return null;
    }

    /** The invitation (locked by {@link #settled}) is accepted by this registration; its event goes out with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    void accepted(UUID invitationId, UUID registrationId, Instant now, Workshop workshop) {
        Invitation invitation = invitations.findById(invitationId);
        invitation.accepted(registrationId, now);
        events.invitations(RegistrationEvents.INVITATION_ACCEPTED, List.of(invitation), workshop);
    }
}
