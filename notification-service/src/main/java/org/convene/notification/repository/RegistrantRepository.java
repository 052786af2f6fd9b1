package org.convene.notification.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.notification.domain.Registrant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RegistrantRepository implements PanacheRepositoryBase<Registrant, UUID> {

    /** Confirmed and waitlisted registrations of a workshop, oldest first. */
    public List<Registrant> active(UUID workshopId) {
        return list("workshopId = ?1 and status in ('CONFIRMED', 'WAITLISTED') order by registrationId", workshopId);
    }

    /** Active registrations plus those cancelled because the workshop was: who hears of the workshop's cancellation. */
    public List<Registrant> activeOrCancelledWithWorkshop(UUID workshopId) {
        return list("workshopId = ?1 and (status in ('CONFIRMED', 'WAITLISTED')"
                + " or (status = 'CANCELLED' and cancelledBy = 'WORKSHOP')) order by registrationId", workshopId);
    }
}
