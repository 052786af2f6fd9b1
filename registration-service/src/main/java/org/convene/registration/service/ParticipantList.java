package org.convene.registration.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;
import org.convene.platform.security.SealedSecrets;
import org.convene.registration.domain.Registration;
import org.convene.registration.repository.RegistrationRepository;
import org.convene.registration.repository.WorkshopRepository;

/**
 * Who else comes: the CONFIRMED registrations of a workshop whose attendees consented ({@code listed}), for its
 * organisers and for its confirmed attendees only (their manage token).
 */
@ApplicationScoped
public class ParticipantList {

    @Inject
    WorkshopRepository workshops;

    @Inject
    RegistrationRepository registrations;

    public List<Registration> page(UUID workshopId, Actor actor, PageRequest page) {
        if (!actor.hasCredentials()) {
            throw new ProblemException(401, "unauthorized", "Unauthorized",
                    "send the manage token of your confirmed registration (X-Manage-Token or ?token=) or an organiser"
                            + " token", null, Map.of("WWW-Authenticate", "Bearer"));
        }
        if (workshops.find(workshopId).filter(w -> actor.organiser() || w.isPublished()).isEmpty()) {
            throw ProblemException.notFound("workshop", workshopId);
        }
        if (!actor.organiser()
                && !registrations.confirmedWithToken(workshopId, SealedSecrets.hash(actor.manageToken()))) {
            throw new ProblemException(403, "forbidden", "Forbidden",
                    "only organisers and confirmed attendees of this workshop see its participant list");
        }
        return registrations.listed(workshopId, page);
    }
}
