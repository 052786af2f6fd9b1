package org.convene.portal.service;

import java.util.List;
import java.util.UUID;

import org.convene.portal.client.Invitation;
import org.convene.portal.client.Registration;
import org.convene.portal.client.SignUp;
import org.convene.portal.client.SignUpRequest;
import org.convene.portal.client.Workshop;

/**
 * What the pages ask of registration-service. The one implementation calls the Quarkus REST client
 * (RegistrationApi); a client generated from the service's OpenAPI document can replace it behind this interface.
 * Failures: ServiceProblem (a 4xx problem), ServiceUnavailable (no answer or 5xx).
 */
public interface Registrations {

    List<Workshop> openWorkshops();

    Workshop workshop(UUID id);

    String calendar(UUID workshopId);

    SignUp signUp(UUID workshopId, String idempotencyKey, SignUpRequest request);

    Registration registration(UUID id, String manageToken);

    Registration cancel(UUID id, String manageToken);

    Invitation invitation(UUID id, String invitationToken);

    /** Accepts for the invited person (no body: their name and email come from the invitation). */
    SignUp acceptInvitation(UUID id, String invitationToken);

    Invitation declineInvitation(UUID id, String invitationToken, String reason);
}
