package org.convene.registration.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.registration.domain.CityReplica;
import org.convene.registration.domain.MemberReplica;
import org.convene.registration.mapping.Times;

/** The replicas of the directory's cities and members: upserts from events, lookups for validation. */
@ApplicationScoped
public class ReplicaRepository {

    @Inject
    EntityManager em;

    public boolean cityExists(UUID id) {
        return em.find(CityReplica.class, id) != null;
    }

    public CityReplica city(UUID id) {
        return em.find(CityReplica.class, id);
    }

    /** A member we may link a registration to: known and not erased. */
    public boolean memberExists(UUID id) {
        MemberReplica member = em.find(MemberReplica.class, id);
        return member != null && !member.erased;
    }

    /** The country code of each of {@code cityIds} the replica knows. */
    public Map<UUID, String> countryCodes(Collection<UUID> cityIds) {
        Map<UUID, String> codes = new HashMap<>();
        if (!cityIds.isEmpty()) {
            em.createQuery("select c.id, c.countryCode from CityReplica c where c.id in :ids", Object[].class)
                    .setParameter("ids", Set.copyOf(cityIds)).getResultList()
                    .forEach(row -> codes.put((UUID) row[0], (String) row[1]));
        }
        return codes;
    }

    public MemberReplica member(UUID id) {
        return em.find(MemberReplica.class, id);
    }

    /** The members the replica knows among {@code ids}, erased ones too, by id. */
    public Map<UUID, MemberReplica> members(Collection<UUID> ids) {
        Map<UUID, MemberReplica> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("from MemberReplica m where m.id in :ids", MemberReplica.class)
                    .setParameter("ids", Set.copyOf(ids)).getResultList().forEach(m -> found.put(m.id, m));
        }
        return found;
    }

    /** The members (not erased, with an email) of a city ({@code field} cityId) or organisation (organisationId). */
    public List<MemberReplica> reachableMembers(String field, UUID id) {
        return em.createQuery("from MemberReplica m where m." + field + " = :id and not m.erased"
                + " and m.email is not null order by m.id", MemberReplica.class).setParameter("id", id).getResultList();
    }

    /** Insert or overwrite: events carry the whole city. {@code onlyIfAbsent} for what the REST fallback learnt. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertCity(UUID id, String name, String countryCode, String region, boolean onlyIfAbsent) {
        em.createNativeQuery("insert into city_replica (id, name, country_code, region, updated_at)"
                + " values (:id, :name, :country, :region, :now) on conflict (id) do "
                + (onlyIfAbsent ? "nothing"
                        : "update set name = excluded.name, country_code = excluded.country_code,"
                                + " region = excluded.region, updated_at = excluded.updated_at"))
                .setParameter("id", id).setParameter("name", name).setParameter("country", countryCode)
                .setParameter("region", region).setParameter("now", Times.now())
                .executeUpdate();
    }

    /** Insert or overwrite a member, unless it was erased (an erased member never comes back from a late event). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertMember(UUID id, String fullName, String email, UUID cityId, UUID organisationId) {
        em.createNativeQuery("insert into member_replica (id, full_name, email, city_id, organisation_id, updated_at)"
                + " values (:id, :name, :email, :city, :org, :now) on conflict (id) do update set"
                + " full_name = excluded.full_name, email = excluded.email, city_id = excluded.city_id,"
                + " organisation_id = excluded.organisation_id, updated_at = excluded.updated_at"
                + " where not member_replica.erased")
                .setParameter("id", id).setParameter("name", fullName).setParameter("email", email)
                .setParameter("city", cityId).setParameter("org", organisationId).setParameter("now", Times.now())
                .executeUpdate();
    }

    /**
     * Forgets a member: their personal data leaves the replica and every registration and invitation that is theirs
     * (linked by member id, or made with their email) is anonymised. Statuses, positions and counts stay as they are.
     *
     * @return the ids of the registrations and invitations anonymised
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Erasure eraseMember(UUID id) {
        MemberReplica known = em.find(MemberReplica.class, id);
        String email = known == null ? null : known.email;
        Instant now = Times.now();
        @SuppressWarnings("unchecked")
        List<UUID> anonymised = em.createNativeQuery("update registration set full_name = 'Erased attendee',"
                + " email = 'erased-' || id || '@erased.invalid', organisation = null, answers = null,"
                + " member_id = :id, anonymised_at = :now"
                + " where anonymised_at is null and (member_id = :id or (cast(:email as text) is not null"
                + " and lower(email) = lower(cast(:email as text)))) returning id", UUID.class)
                .setParameter("id", id).setParameter("email", email).setParameter("now", now)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<UUID> invitations = em.createNativeQuery("update invitation set full_name = 'Erased invitee',"
                + " email = 'erased-' || id || '@erased.invalid', decline_reason = null, member_id = :id"
                + " where full_name <> 'Erased invitee' and (member_id = :id or (cast(:email as text) is not null"
                + " and lower(email) = lower(cast(:email as text)))) returning id", UUID.class)
                .setParameter("id", id).setParameter("email", email).getResultList();
        em.createNativeQuery("insert into member_replica (id, erased, updated_at) values (:id, true, :now)"
                + " on conflict (id) do update set full_name = null, email = null, city_id = null,"
                + " organisation_id = null, erased = true, updated_at = excluded.updated_at")
                .setParameter("id", id).setParameter("now", now).executeUpdate();
        if (known != null) {
            em.detach(known);
        }
        return new Erasure(anonymised, invitations);
    }

    /** What an erasure anonymised: registrations and invitations, by id. */
    public record Erasure(List<UUID> registrations, List<UUID> invitations) {
    }
}
