package org.convene.registration.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.convene.platform.rest.PageRequest;
import org.convene.registration.domain.Invitation;
import org.convene.registration.domain.InvitationStatus;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvitationRepository implements PanacheRepositoryBase<Invitation, UUID> {

    /**
     * Inserts, in one statement, every invitation whose workshop has none yet for its email (compared by PostgreSQL's
     * {@code lower}, as the unique index invitation_one_per_email does; the first of two in the list wins). Returns
     * the ids inserted. One statement, not one per row: inviting 5,000 people is one round trip, and Hibernate does
     * not check its persistence context (which may hold thousands of replica rows) before each row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> insertAbsent(List<Invitation> candidates) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Set<UUID> inserted = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into invitation (id, workshop_id, full_name, email, member_id, city_id, organisation_id, via,
                        skip_approval, status, token_hash, token_sealed, invited_at)
                    select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[],
                        ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
                    on conflict (workshop_id, lower(email)) do nothing
                    returning id""")) {
                insert.setArray(1, connection.createArrayOf("uuid", column(candidates, i -> i.id)));
                insert.setArray(2, connection.createArrayOf("uuid", column(candidates, i -> i.workshopId)));
                insert.setArray(3, connection.createArrayOf("text", column(candidates, i -> i.fullName)));
                insert.setArray(4, connection.createArrayOf("text", column(candidates, i -> i.email)));
                insert.setArray(5, connection.createArrayOf("uuid", column(candidates, i -> i.memberId)));
                insert.setArray(6, connection.createArrayOf("uuid", column(candidates, i -> i.cityId)));
                insert.setArray(7, connection.createArrayOf("uuid", column(candidates, i -> i.organisationId)));
                insert.setArray(8, connection.createArrayOf("text", column(candidates, i -> i.via)));
                insert.setArray(9, connection.createArrayOf("boolean", column(candidates, i -> i.skipApproval)));
                insert.setArray(10, connection.createArrayOf("text", column(candidates, i -> i.status.name())));
                insert.setArray(11, connection.createArrayOf("text", column(candidates, i -> i.tokenHash)));
                insert.setArray(12, connection.createArrayOf("text", column(candidates, i -> i.tokenSealed)));
                insert.setArray(13, connection.createArrayOf("text", column(candidates, i -> i.invitedAt.toString())));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        inserted.add(rows.getObject(1, UUID.class));
                    }
                }
            }
            return inserted;
        });
    }

    private static Object[] column(List<Invitation> rows, Function<Invitation, Object> value) {
        return rows.stream().map(value).toArray();
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
