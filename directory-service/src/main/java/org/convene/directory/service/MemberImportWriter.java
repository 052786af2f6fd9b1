package org.convene.directory.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.convene.directory.domain.Member;
import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.directory.repository.MemberRepository;
import org.convene.platform.Ids;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.problem.Problem;

/** Writes one chunk of valid import lines in one transaction: creates, updates or leaves each member. */
@ApplicationScoped
public class MemberImportWriter {

    @Inject
    MemberRepository members;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional
    public void write(List<ImportRow> rows, ImportTally tally) {
        Set<UUID> cities = existing("city", rows.stream().map(r -> r.member().cityId()).toList());
        Set<UUID> organisations = existing("organisation",
                rows.stream().map(r -> r.member().organisationId()).filter(java.util.Objects::nonNull).toList());
        Map<String, Member> byEmail = new HashMap<>();
        for (Member member : members.findByLowerEmails(
                rows.stream().map(r -> MemberRepository.emailKey(r.member().email())).distinct().toList())) {
            byEmail.put(MemberRepository.emailKey(member.email), member);
        }
        for (ImportRow row : rows) {
            MemberDetails request = row.member();
            if (!cities.contains(request.cityId())) {
                tally.reject(row.line(), new Problem.FieldError("cityId", "is not a city of the directory"));
                continue;
            }
            if (request.organisationId() != null && !organisations.contains(request.organisationId())) {
                tally.reject(row.line(),
                        new Problem.FieldError("organisationId", "is not an organisation of the directory"));
                continue;
            }
            String key = MemberRepository.emailKey(request.email());
            Member existing = byEmail.get(key);
            if (existing == null) {
                byEmail.put(key, create(request));
                tally.created++;
            } else if (update(existing, row)) {
                tally.updated++;
            } else {
                tally.unchanged++;
            }
        }
        members.flush();
    }

    private Member create(MemberDetails request) {
        Member member = new Member();
        member.id = Ids.newId();
        member.createdAt = Instant.now();
        MemberService.copy(MemberService.normalised(request), member);
        member.updatedAt = member.createdAt;
        members.persist(member);
        outbox.record(DirectoryEvents.MEMBERS_TOPIC, member.id, DirectoryEvents.MEMBER_CREATED, member.id,
                DirectoryMapper.event(member));
        return member;
    }

    /** The columns the file has replace the member's; the optional columns it lacks keep their values. */
    private boolean update(Member member, ImportRow row) {
        MemberDetails current = MemberDetails.of(member);
        MemberDetails file = row.member();
        MemberDetails merged = MemberService.normalised(new MemberDetails(file.fullName(), file.email(),
                file.cityId(),
                row.hasOrganisationId() ? file.organisationId() : current.organisationId(),
                row.hasTitle() ? file.title() : current.title(),
                row.hasPhone() ? file.phone() : current.phone(),
                row.hasPreferredLanguage() ? file.preferredLanguage() : current.preferredLanguage()));
        if (merged.equals(current)) {
            return false;
        }
        MemberService.copy(merged, member);
        outbox.record(DirectoryEvents.MEMBERS_TOPIC, member.id, DirectoryEvents.MEMBER_UPDATED, member.id,
                DirectoryMapper.event(member));
        return true;
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> existing(String table, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNativeQuery("select id from " + table + " where id in (:ids)", UUID.class)
                .setParameter("ids", new HashSet<>(ids)).getResultList());
    }
}
