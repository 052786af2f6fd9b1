package org.convene.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a recipient agreed to receive. No row means everything. */
@Entity
@Table(name = "preference")
public class Preference {

    @Id
    public String email;

    @Column(nullable = false)
    public boolean reminders;

    @Column(nullable = false)
    public boolean announcements;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
