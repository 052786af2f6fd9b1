package org.convene.notification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Replica of a workshop's schedule, as registration-service last announced it. */
@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String venue;

    @Column(nullable = false)
    public String timezone;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopStatus status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
