package org.convene.registration.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.convene.platform.rest.PageRequest;
import org.convene.registration.domain.Invitation;
import org.convene.registration.domain.InvitationStatus;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /**
     * Inserts the invitation unless its workshop already has one for this email (compared by PostgreSQL's
     * {@code lower}, as the unique index invitation_one_per_email does). True when it was inserted.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean insertIfAbsent(Invitation i) {
        return getEntityManager().createNativeQuery("insert into invitation (id, workshop_id, full_name, email,"
                + " member_id, city_id, organisation_id, via, skip_approval, status, token_hash, token_sealed,"
                + " invited_at) values (:id, :workshop, :name, :email, :member, :city, :org, :via, :skip, :status,"
                + " :hash, :sealed, :at) on conflict (workshop_id, lower(email)) do nothing")
                .setParameter("id", i.id).setParameter("workshop", i.workshopId).setParameter("name", i.fullName)
                .setParameter("email", i.email).setParameter("member", i.memberId).setParameter("city", i.cityId)
                .setParameter("org", i.organisationId).setParameter("via", i.via).setParameter("skip", i.skipApproval)
                .setParameter("status", i.status.name()).setParameter("hash", i.tokenHash)
                .setParameter("sealed", i.tokenSealed).setParameter("at", i.invitedAt)
                .executeUpdate() == 1;
    }

    /** The invitation, its row locked until the transaction ends: answers and revocations of one take turns. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Invitation> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Invitation> page(UUID workshopId, InvitationStatus status, PageRequest page) {
        return WorkshopPage.of(this, workshopId, status, page);
    }

    /**
     * Up to {@code limit} invitations whose one reminder is due at {@code now}, locked (others skip them, so two
     * instances never take the same one): still PENDING and not reminded, of an OPEN workshop whose registration
     * (registrationClosesAt, else its end) closes within {@code beforeClose} from now and has not closed, sent before
     * that window began, and not anonymised by an erasure.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Invitation> lockDueForReminder(Instant now, Duration beforeClose, int limit) {
        return getEntityManager().createNativeQuery("""
                select i.* from invitation i join workshop w on w.id = i.workshop_id
                where i.status = 'PENDING' and i.reminder_due_at is null and w.status = 'OPEN'
                  and i.email not like '%@erased.invalid'
                  and coalesce(w.registration_closes_at, w.ends_at) > :now
                  and coalesce(w.registration_closes_at, w.ends_at) <= :windowEnd
                  and i.invited_at < coalesce(w.registration_closes_at, w.ends_at) - cast(:before as double precision) * interval '1 second'
                order by i.workshop_id, i.invited_at, i.id
                limit :limit
                for update of i skip locked""", Invitation.class)
                .setParameter("now", now).setParameter("windowEnd", now.plus(beforeClose))
                .setParameter("before", (double) beforeClose.toSeconds())
                .setParameter("limit", limit).getResultList();
    }
}
