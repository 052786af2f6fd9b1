package org.convene.directory.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.directory.domain.Member;
import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.directory.repository.CityRepository;
import org.convene.directory.repository.MemberRepository;
import org.convene.directory.repository.OrganisationRepository;
import org.convene.platform.Ids;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.ETags;
import org.convene.platform.rest.PageRequest;

@ApplicationScoped
public class MemberService {

    @Inject
    MemberRepository members;

    @Inject
    CityRepository cities;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Outbox outbox;

    @Transactional
    public Member create(MemberDetails request) {
        if (members.existsByEmail(request.email().trim())) {
            throw ProblemException.conflict("a member with email " + request.email() + " already exists");
        }
        checkReferences(request);
        Member member = new Member();
        member.id = Ids.newId();
        member.createdAt = Instant.now();
        copy(request, member);
        member.updatedAt = member.createdAt;
        members.persist(member);
        outbox.record(DirectoryEvents.MEMBERS_TOPIC, member.id, DirectoryEvents.MEMBER_CREATED, member.id,
                DirectoryMapper.event(member));
        return member;
    }

    /**
     * Applies a change (the API's JSON Merge Patch: the current fields → the new ones, validated) if {@code ifMatch}
     * names the current version. A change that changes nothing publishes nothing and keeps the ETag; a change
     * publishes member.updated with the whole member.
     */
    @Transactional
    public Member patch(UUID id, String ifMatch, UnaryOperator<MemberDetails> change) {
        Member member = get(id);
        ETags.require(ifMatch, ETags.of(member.version));
        MemberDetails current = MemberDetails.of(member);
        MemberDetails changed = normalised(change.apply(current));
        if (changed.equals(current)) {
            return member;
        }
        if (!changed.email().equalsIgnoreCase(member.email) && members.existsOtherByEmail(id, changed.email())) {
            throw ProblemException.conflict("a member with email " + changed.email() + " already exists");
        }
        checkReferences(changed);
        copy(changed, member);
        outbox.record(DirectoryEvents.MEMBERS_TOPIC, member.id, DirectoryEvents.MEMBER_UPDATED, member.id,
                DirectoryMapper.event(member));
        members.flush(); // raises the version, so that the answer carries the new ETag
        return member;
    }

    /**
     * Erasure: the row is deleted (no tombstone: nothing in this service refers to a member, and a tombstone would
     * only keep an id that member.erased already carries), the events recorded about the member are deleted from
     * the outbox, and member.erased is published so that the other services forget the person too.
     */
    @Transactional
    public void erase(UUID id) {
        Member member = get(id);
        members.delete(member);
        members.flush();
        outbox.forget(DirectoryEvents.MEMBERS_TOPIC, id);
        outbox.record(DirectoryEvents.MEMBERS_TOPIC, id, DirectoryEvents.MEMBER_ERASED, id,
                new DirectoryEvents.MemberErasedData(id));
    }

    public Member get(UUID id) {
        return members.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("member", id));
    }

    public List<Member> list(UUID cityId, UUID organisationId, String q, PageRequest page) {
        return members.page(cityId, organisationId, q == null || q.isBlank() ? null : q.trim(), page);
    }

    /** 422 when cityId or organisationId names nothing in the directory. */
    void checkReferences(MemberDetails request) {
        if (cities.findByIdOptional(request.cityId()).isEmpty()) {
            throw Rules.unknownCity(request.cityId());
        }
        if (request.organisationId() != null && organisations.findByIdOptional(request.organisationId()).isEmpty()) {
            throw Rules.unknownOrganisation(request.organisationId());
        }
    }

    static MemberDetails normalised(MemberDetails request) {
        return new MemberDetails(request.fullName(), request.email().trim(), request.cityId(),
                request.organisationId(), request.title(), request.phone(), request.preferredLanguage());
    }

    static void copy(MemberDetails request, Member member) {
        member.fullName = request.fullName();
        member.email = request.email().trim();
        member.cityId = request.cityId();
        member.organisationId = request.organisationId();
        member.title = request.title();
        member.phone = request.phone();
        member.preferredLanguage = request.preferredLanguage();
        member.updatedAt = Instant.now();
    }
}
