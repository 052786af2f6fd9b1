package org.convene.registration.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A workshop and its live counters. The counters change only while the row is locked ({@code SELECT ... FOR UPDATE}),
 * in the transaction that changes the registrations, so they are always exact. No {@code @Version}: concurrent
 * writers queue on the row lock instead of failing; {@link #revision} is the organiser-facing ETag.
 */
@Entity
@Table(name = "workshop")
public class Workshop {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "host_city_id", nullable = false)
    public UUID hostCityId;

    public String venue;

    @Column(nullable = false)
    public String timezone;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "registration_opens_at")
    public Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    public Instant registrationClosesAt;

    @Column(name = "waitlist_enabled", nullable = false)
    public boolean waitlistEnabled;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopStatus status;

    @Column(name = "confirmed_count", nullable = false)
    public int confirmedCount;

    @Column(name = "waitlist_count", nullable = false)
    public int waitlistCount;

    @Column(name = "attendance_count", nullable = false)
    public int attendanceCount;

    @Column(nullable = false)
    public int sequence;

    @Column(nullable = false)
    public long revision;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isPublished() {
        return publishedAt != null;
    }

    public int seatsLeft() {
        return Math.max(0, capacity - confirmedCount);
    }

    /** When sign-ups close: the configured time, else the workshop's end (late arrivals may still register). */
    public Instant effectiveRegistrationClosesAt() {
        return registrationClosesAt != null ? registrationClosesAt : endsAt;
    }

    public String etag() {
        return "\"r" + revision + "\"";
    }
}
