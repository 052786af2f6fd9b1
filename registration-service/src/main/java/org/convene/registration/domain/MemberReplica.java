package org.convene.registration.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member as the directory last told us (directory.members.v1); after member.erased only the id and the flag stay. */
@Entity
@Table(name = "member_replica")
public class MemberReplica {

    @Id
    public UUID id;

    @Column(name = "full_name")
    public String fullName;

    public String email;

    @Column(name = "city_id")
    public UUID cityId;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public boolean erased;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
