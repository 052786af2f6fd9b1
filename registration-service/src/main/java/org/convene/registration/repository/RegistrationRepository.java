package org.convene.registration.repository;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.convene.platform.rest.PageRequest;
import org.convene.platform.validation.Emails;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.RegistrationStatus;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    private static final List<RegistrationStatus> ACTIVE = List.of(RegistrationStatus.PENDING,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    /**
     * The workshop, token hash and the end of the workshop of a registration, read without loading the entity (before
     * the workshop lock).
     */
    public Optional<Owner> ownerOf(UUID registrationId) {
        List<Object[]> rows = getEntityManager()
                .createQuery("select r.workshopId, r.manageTokenHash, w.endsAt from Registration r, Workshop w"
                        + " where w.id = r.workshopId and r.id = :id", Object[].class)
                .setParameter("id", registrationId).getResultList();
        return rows.stream().findFirst()
                .map(row -> new Owner((UUID) row[0], (String) row[1], (java.time.Instant) row[2]));
    }

    /**
     * The duplicate-email check of a sign-up ({@link #withActiveRegistration}): for each lower-cased email of the array
     * (parameter 1) an index look-up of (workshop, email) (parameter 2) in the unique index registration_active_email.
     * The look-up is a {@code lateral} subquery with a limit, so that PostgreSQL runs it once per email whatever its
     * statistics say. Written as {@code lower(email) = any(?) and workshop_id = ?}, the planner, with the statistics
     * of a workshop that was empty when the table was last analyzed (or a table never analyzed), read every active
     * registration of the workshop and filtered the emails: 33-60 ms at 19,500 registrations, 80 % of a core in the
     * normal load after bench/drill overload's flood; 0.2 ms this way. {@code ActiveEmailCheckTest} checks the plan.
     */
    public static final String ACTIVE_EMAILS_SQL = "select e.k from unnest(?) as e(k) cross join lateral"
            + " (select 1 from registration r where r.workshop_id = ? and lower(r.email) = e.k"
            + " and r.status in ('PENDING', 'CONFIRMED', 'WAITLISTED') limit 1) found";

    /**
     * The per-email limit's count ({@link #registeredSince}): for each email of the array (parameter 1), its
     * registrations since parameter 2 in any workshop, counted from the index registration_email_registered, one
     * look-up per email (a {@code lateral} aggregate, for the same reason as {@link #ACTIVE_EMAILS_SQL}: joined to the
     * array, the planner chose a sequential scan of every registration and a hash join).
     */
    public static final String REGISTERED_SINCE_SQL = "select e.k, recent.n, recent.oldest from unnest(?) as e(k)"
            + " cross join lateral (select count(*) as n, min(r.registered_at) as oldest from registration r"
            + " where lower(r.email) = lower(e.k) and r.registered_at >= ?) recent where recent.n > 0";

    /**
     * Those of {@code emails} (returned as given) that already have an active registration for the workshop, in one
     * query ({@link #ACTIVE_EMAILS_SQL}) for a whole group of sign-ups. The emails go in lower case ({@link Emails#key});
     * where Java's lower case and PostgreSQL's differ (rare Unicode), the unique index itself refuses the second
     * registration.
     */
    public Set<String> withActiveRegistration(UUID workshopId, Collection<String> emails) {
        Set<String> activeKeys = new HashSet<>();
        selectWithArray(ACTIVE_EMAILS_SQL, emails.stream().map(Emails::key).distinct().toArray(), workshopId,
                rows -> activeKeys.add(rows.getString(1)));
        return emails.stream().filter(e -> activeKeys.contains(Emails.key(e))).collect(Collectors.toSet());
    }

    /** The first {@code count} of the waitlist in position order, skipping those of the {@code skipped} groups. */
    public List<Registration> firstWaitlisted(UUID workshopId, int count, List<String> skipped) {
        if (skipped.isEmpty()) {
            return find("workshopId = ?1 and status = ?2 order by waitlistPosition", workshopId,
                    RegistrationStatus.WAITLISTED).page(0, count).list();
        }
        return find("workshopId = ?1 and status = ?2 and (seatGroup is null or seatGroup not in ?3)"
                + " order by waitlistPosition", workshopId, RegistrationStatus.WAITLISTED, skipped)
                .page(0, count).list();
    }

    /**
     * Closes the gaps that registrations leaving the waitlist at {@code gaps} made: everyone behind moves forward by
     * the number of gaps before them, in one statement. The caller flushes first; the unique-position constraint is
     * checked at commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int closeGaps(UUID workshopId, List<Integer> gaps) {
        if (gaps.isEmpty()) {
            return 0;
        }
        String array = gaps.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        return getEntityManager().createNativeQuery("update registration set waitlist_position = waitlist_position"
                + " - (select count(*) from unnest(cast(cast(:gaps as text) as int[])) g where g < waitlist_position)"
                + " where workshop_id = :workshop and status = 'WAITLISTED' and waitlist_position > :first")
                .setParameter("gaps", array).setParameter("workshop", workshopId)
                .setParameter("first", gaps.stream().mapToInt(Integer::intValue).min().getAsInt())
                .executeUpdate();
    }

    /** Whether some active registration's answer to {@code question} is, or holds, {@code option}. */
    public boolean answerChose(UUID workshopId, String question, String option) {
        return !getEntityManager().createNativeQuery("select 1 from registration where workshop_id = :workshop"
                + " and status in ('PENDING', 'CONFIRMED', 'WAITLISTED')"
                + " and answers -> cast(:question as text) @> to_jsonb(cast(:option as text)) limit 1")
                .setParameter("workshop", workshopId).setParameter("question", question)
                .setParameter("option", option).getResultList().isEmpty();
    }

    /** Whether the workshop has a pending, confirmed or waitlisted registration. */
    public boolean anyActive(UUID workshopId) {
        return count("workshopId = ?1 and status in ?2", workshopId, ACTIVE) > 0;
    }

    public List<Registration> active(UUID workshopId) {
        return list("workshopId = ?1 and status in ?2 order by id", workshopId, ACTIVE);
    }

    public List<Registration> page(UUID workshopId, RegistrationStatus status, PageRequest page) {
        return WorkshopPage.of(this, workshopId, status, page);
    }

    /** Whether {@code manageTokenHash} is the token of a CONFIRMED registration of the workshop. */
    public boolean confirmedWithToken(UUID workshopId, String manageTokenHash) {
        return count("workshopId = ?1 and manageTokenHash = ?2 and status = ?3", workshopId, manageTokenHash,
                RegistrationStatus.CONFIRMED) > 0;
    }

    /** A page of the CONFIRMED registrations that consented to be listed, in sign-up order. */
    public List<Registration> listed(UUID workshopId, PageRequest page) {
        StringBuilder where = new StringBuilder("workshopId = :workshop and status = :status and listed = true");
        Parameters params = Parameters.with("workshop", workshopId).and("status", RegistrationStatus.CONFIRMED);
        if (page.after() != null) {
            where.append(" and id > :after");
            params.and("after", page.after());
        }
        return find(where + " order by id", params).page(0, page.fetchSize()).list();
    }

    /** Waitlisted and pending registrations of a workshop, counted per allocation group. */
    public List<GroupCount> waitingByGroup(UUID workshopId) {
        return getEntityManager().createQuery("select r.seatGroup, r.status, count(r) from Registration r"
                + " where r.workshopId = :workshop and r.status in :statuses group by r.seatGroup, r.status",
                Object[].class).setParameter("workshop", workshopId)
                .setParameter("statuses", List.of(RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING))
                .getResultList().stream()
                .map(row -> new GroupCount((String) row[0], (RegistrationStatus) row[1], ((Long) row[2]).intValue()))
                .toList();
    }

    public record GroupCount(String group, RegistrationStatus status, int count) {
    }

    /**
     * For each of {@code emails} (keyed as given) with registrations made since {@code since}, in any workshop and any
     * status: how many, and the oldest; compared by PostgreSQL's {@code lower} (index registration_email_registered).
     * One query for a whole group of sign-ups.
     */
    public Map<String, Recent> registeredSince(Collection<String> emails, Instant since) {
        Map<String, Recent> recent = new HashMap<>();
        selectWithArray(REGISTERED_SINCE_SQL,
                emails.toArray(), OffsetDateTime.ofInstant(since, ZoneOffset.UTC), rows -> recent.put(rows.getString(1),
                        new Recent(rows.getLong(2), rows.getObject(3, OffsetDateTime.class).toInstant())));
        return recent;
    }

    /** A row of a {@link #selectWithArray} result. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /** Runs {@code sql} with {@code texts} as its first parameter (a text array) and {@code value} as its second. */
    private void selectWithArray(String sql, Object[] texts, Object value, RowReader reader) {
        if (texts.length == 0) {
            return;
        }
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            Array array = connection.createArrayOf("text", texts);
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setArray(1, array);
                select.setObject(2, value);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            } finally {
                array.free();
            }
        });
    }

    public record Recent(long count, java.time.Instant oldest) {
    }

    public record Owner(UUID workshopId, String manageTokenHash, java.time.Instant workshopEndsAt) {
    }
}
