package org.convene.directory.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.convene.directory.domain.Member;
import org.convene.directory.mapping.DirectoryMapper;
import org.convene.directory.messaging.DirectoryEvents;
import org.convene.directory.repository.CityRepository;
import org.convene.directory.repository.MemberRepository;
import org.convene.directory.rest.MemberRequest;
import org.convene.platform.Ids;
import org.convene.platform.outbox.Outbox;
import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.PageRequest;

@ApplicationScoped
public class MemberService {

    @Inject
    MemberRepository members;

    @Inject
    CityRepository cities;

    @Inject
    Outbox outbox;

    @Transactional
    public Member create(MemberRequest request) {
        if (members.existsByEmail(request.email())) {
            throw ProblemException.conflict("a member with email " + request.email() + " already exists");
        }
        if (cities.findByIdOptional(request.cityId()).isEmpty()) {
            throw ProblemException.rule("unknown-city", "Unknown city", "cityId " + request.cityId()
                    + " is not a city of the directory");
        }
        Member member = new Member();
        member.id = Ids.newId();
        member.fullName = request.fullName();
        member.email = request.email().trim();
        member.cityId = request.cityId();
        member.organisationId = request.organisationId();
        member.title = request.title();
        member.phone = request.phone();
        member.preferredLanguage = request.preferredLanguage();
        member.createdAt = Instant.now();
        member.updatedAt = member.createdAt;
        members.persist(member);
        outbox.record(DirectoryEvents.MEMBERS_TOPIC, member.id, DirectoryEvents.MEMBER_CREATED, member.id,
                DirectoryMapper.event(member));
        return member;
    }

    public Member get(UUID id) {
        return members.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("member", id));
    }

    public List<Member> list(UUID cityId, UUID organisationId, String q, PageRequest page) {
        return members.page(cityId, organisationId, q == null || q.isBlank() ? null : q.trim(), page);
    }
}
