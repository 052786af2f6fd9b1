package org.convene.registration.repository;

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
}
