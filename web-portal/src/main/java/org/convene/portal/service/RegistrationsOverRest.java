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
    public SignUp acceptInvitation(UUID id, String invitationToken) {
        return Calls.to(SERVICE, () -> api.acceptInvitation(id, invitationToken, Map.of()));
    }

    @Override
    public Invitation declineInvitation(UUID id, String invitationToken, String reason) {
        return Calls.to(SERVICE, () -> api.declineInvitation(id, invitationToken, new DeclineInvitation(reason)));
    }
}
