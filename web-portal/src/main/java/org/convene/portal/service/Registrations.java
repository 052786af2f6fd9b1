package org.convene.portal.service;

import java.util.List;
import java.util.Map;
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

    /**
     * Accepts for the invited person (their name and email come from the invitation) with their answers to the
     * workshop's questions and their consent to the participant list.
     */
    SignUp acceptInvitation(UUID id, String invitationToken, Map<String, Object> answers, boolean listed);

    Invitation declineInvitation(UUID id, String invitationToken, String reason);

    /** A registration and its version (ETag), read to show the form that changes it. */
    record Versioned(Registration registration, String etag) {
    }

    Versioned registrationVersion(UUID id, String manageToken);

    /**
     * Changes the attendee's own registration (a JSON merge patch: fullName, organisation, answers, listed) at the
     * version the form was made from: a change made meanwhile is not overwritten (ServiceProblem 412 then).
     */
    Registration change(UUID id, String manageToken, String etag, Map<String, Object> mergePatch);

    /** Gives the place to a colleague; the manage token stops working. */
    Registration transfer(UUID id, String manageToken, String fullName, String email);
}
