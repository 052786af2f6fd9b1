package org.convene.portal.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.portal.client.DeclineInvitation;
import org.convene.portal.client.Invitation;
import org.convene.portal.client.RegistrationApi;
import org.convene.portal.client.Registration;
import org.convene.portal.client.SignUp;
import org.convene.portal.client.SignUpRequest;
import org.convene.portal.client.TransferRequest;
import org.convene.portal.client.Workshop;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@ApplicationScoped
public class RegistrationsOverRest implements Registrations {

    static final String SERVICE = "registration-service";
    /** The open workshops one page lists (the API's maximum page). */
    static final int LISTED = 200;

    @Inject
    @RestClient
    RegistrationApi api;

    @Override
    public List<Workshop> openWorkshops() {
        return Calls.to(SERVICE, () -> api.workshops("OPEN", LISTED).items());
    }

    @Override
    public Workshop workshop(UUID id) {
        return Calls.to(SERVICE, () -> api.workshop(id));
    }

    @Override
    public String calendar(UUID workshopId) {
        return Calls.to(SERVICE, () -> api.calendar(workshopId));
    }

    @Override
    public SignUp signUp(UUID workshopId, String idempotencyKey, SignUpRequest request) {
        return Calls.to(SERVICE, () -> api.signUp(workshopId, idempotencyKey, request));
    }

    @Override
    public Registration registration(UUID id, String manageToken) {
        return Calls.to(SERVICE, () -> api.registration(id, manageToken));
    }

    @Override
    public Registration cancel(UUID id, String manageToken) {
        return Calls.to(SERVICE, () -> api.cancel(id, manageToken));
    }

    @Override
    public Invitation invitation(UUID id, String invitationToken) {
        return Calls.to(SERVICE, () -> api.invitation(id, invitationToken));
    }

    @Override
    public SignUp acceptInvitation(UUID id, String invitationToken, Map<String, Object> answers, boolean listed) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        if (!answers.isEmpty()) {
            body.put("answers", answers);
        }
        body.put("listed", listed);
        return Calls.to(SERVICE, () -> api.acceptInvitation(id, invitationToken, body));
    }

    @Override
    public Invitation declineInvitation(UUID id, String invitationToken, String reason) {
        return Calls.to(SERVICE, () -> api.declineInvitation(id, invitationToken, new DeclineInvitation(reason)));
    }

    @Override
    public Versioned registrationVersion(UUID id, String manageToken) {
        return Calls.to(SERVICE, () -> {
            var response = api.registrationVersion(id, manageToken);
            return new Versioned(response.getEntity(), response.getHeaderString("ETag"));
        });
    }

    @Override
    public Registration change(UUID id, String manageToken, String etag, Map<String, Object> mergePatch) {
        return Calls.to(SERVICE, () -> api.change(id, manageToken, etag, mergePatch));
    }

    @Override
    public Registration transfer(UUID id, String manageToken, String fullName, String email) {
        return Calls.to(SERVICE, () -> api.transfer(id, manageToken, new TransferRequest(fullName, email)));
    }
}
