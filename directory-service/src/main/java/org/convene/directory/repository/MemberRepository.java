package org.convene.directory.repository;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.directory.domain.Member;
import org.convene.platform.rest.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public boolean existsByEmail(String email) {
        return count("lower(email) = lower(?1)", email) > 0;
    }

    /** Another member than {@code id} with this email, whatever the case. */
    public boolean existsOtherByEmail(UUID id, String email) {
        return count("id <> ?1 and lower(email) = lower(?2)", id, email) > 0;
    }

    /** The members whose email is one of these, compared case-insensitively (emails given in lower case). */
    public List<Member> findByLowerEmails(Collection<String> lowerEmails) {
        return list("lower(email) in ?1", lowerEmails);
    }

    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** Keyset page ordered by id (time-ordered); q matches the name or the email. */
    public List<Member> page(UUID cityId, UUID organisationId, String q, PageRequest page) {
        return new SearchSql("member")
                .equal("city_id", "cityId", cityId)
                .equal("organisation_id", "organisationId", organisationId)
                .contains(q, "full_name", "email")
                .list(getEntityManager(), Member.class, page);
    }
}
