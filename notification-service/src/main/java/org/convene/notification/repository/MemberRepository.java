package org.convene.notification.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.convene.notification.domain.Member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public Member byEmail(String email) {
        return find("email", email).firstResult();
    }
}
