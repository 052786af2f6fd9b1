package org.convene.notification.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Replica of a directory member: only what choosing the email's language needs. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String email;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "preferred_language")
    public String preferredLanguage;
}
