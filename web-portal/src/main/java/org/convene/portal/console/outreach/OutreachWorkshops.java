package org.convene.portal.console.outreach;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsoleRegistrationApi;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.service.Calls;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.security.ForbiddenException;

/** The workshop of an announcements or emails page, or the "not found" page. */
@ApplicationScoped
public class OutreachWorkshops {

    @Inject
    @RestClient
    ConsoleRegistrationApi api;

    public ConsoleWorkshop get(String id) {
        UUID workshopId = uuid(id);
        try {
            return Calls.to(Calls.REGISTRATION, () -> api.workshop(workshopId));
        } catch (ServiceProblem e) {
            if (e.status() == 403) {
                throw new ForbiddenException();
            }
            throw new NotFoundException();
        }
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException();
        }
    }
}
