package org.convene.registration.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.convene.platform.problem.ProblemException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The workshop aggregate: its settings, its live counters and its allocation groups ({@link SeatGroup}), and the seat
 * rules that change them ({@link #admit}, {@link #leave}, {@link #promote}, {@link #liftGroupLimits}). Every change of
 * a counter is made here, once. The counters change only while the row is locked The counters change only while the row is locked ({@code SELECT ... FOR UPDATE}),
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Admission admission = Admission.OPEN;

    /** The question definitions, as validated by QuestionRules; null: none. */
    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode questions;

    /** The seat allocation's grouping; null: no allocation (then seatsPerGroup is null too). */
    @Enumerated(EnumType.STRING)
    @Column(name = "allocation_by")
    public AllocationBy allocationBy;

    @Column(name = "seats_per_group")
    public Integer seatsPerGroup;

    /** Group key (city id or country code) → its own limit, instead of seatsPerGroup. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "seat_overrides")
    public Map<String, Integer> seatOverrides;

    @Column(name = "allocation_release_at")
    public Instant allocationReleaseAt;

    /** When the group limits were lifted (at or after releaseAt); null while they apply. */
    @Column(name = "allocation_released_at")
    public Instant allocationReleasedAt;

    /** The allocation groups, attached by WorkshopRepository under the row lock; key → group. */
    @Transient
    private Map<String, SeatGroup> groups = new HashMap<>();

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

    // ---- seat rules: every counter of the workshop and its groups changes here, under the row lock ----

    /** Attaches the groups read under the row lock (WorkshopRepository), so that the seat rules can see them. */
    public void attachGroups(Collection<SeatGroup> loaded) {
        groups = new HashMap<>();
        loaded.forEach(g -> groups.put(g.groupKey, g));
    }

    public Collection<SeatGroup> groups() {
        return groups.values();
    }

    /** Whether group limits apply now: there is an allocation and releaseAt has not lifted it yet. */
    public boolean groupLimitsApply() {
        return allocationBy != null && allocationReleasedAt == null;
    }

    /** Whether releaseAt has come and the limits still have to be lifted. */
    public boolean releaseDue(Instant now) {
        return groupLimitsApply() && allocationReleaseAt != null && !now.isBefore(allocationReleaseAt);
    }

    /** The limit of a group: its override, else seatsPerGroup. */
    public int limitOf(String groupKey) {
        Integer override = seatOverrides == null ? null : seatOverrides.get(groupKey);
        return override != null ? override : seatsPerGroup;
    }

    /** A new group for {@code groupKey}, to be persisted by the caller; null if the workshop has it already. */
    public SeatGroup newGroup(String groupKey) {
        if (groupKey == null || groups.containsKey(groupKey)) {
            return null;
        }
        SeatGroup group = new SeatGroup();
        group.workshopId = id;
        group.groupKey = groupKey;
        group.seatLimit = limitOf(groupKey);
        group.released = allocationReleasedAt != null;
        groups.put(groupKey, group);
        return group;
    }

    /** Whether a registration of {@code groupKey} could be confirmed now. */
    public boolean hasRoomFor(String groupKey) {
        if (confirmedCount >= capacity) {
            return false;
        }
        if (!groupLimitsApply() || groupKey == null) {
            return true;
        }
        SeatGroup group = groups.get(groupKey);
        return group == null ? limitOf(groupKey) > 0 : group.hasRoom();
    }

    /** The groups that are full while limits apply: a waitlisted registration of one of them cannot be promoted. */
    public List<String> fullGroups() {
        if (!groupLimitsApply()) {
            return List.of();
        }
        return groups.values().stream().filter(g -> !g.hasRoom()).map(g -> g.groupKey).toList();
    }

    /**
     * Places a newcomer (a sign-up, or an approved application): CONFIRMED when both the workshop and its group have
     * room, else WAITLISTED at the end of the one waitlist.
     *
     * @throws ProblemException 422 workshop-full when there is no room and no waitlist
     */
    public void admit(Registration registration, Instant now) {
        if (hasRoomFor(registration.seatGroup)) {
            confirm(registration, now);
        } else if (waitlistEnabled) {
            waitlistCount++;
            registration.waitlistAt(waitlistCount);
        } else {
            throw full();
        }
    }

    /** Records an application (APPROVAL): PENDING, holding no seat. */
    public void receive(Registration registration) {
        registration.pend();
    }

    /** Whether {@link #admit} would refuse a newcomer of {@code groupKey} now. */
    public boolean refusesNewcomer(String groupKey) {
        return !hasRoomFor(groupKey) && !waitlistEnabled;
    }

    public ProblemException full() {
        return ProblemException.rule("workshop-full", "Workshop full",
                "all " + capacity + " seats (or all seats of this group) are taken and this workshop has no waitlist");
    }

    /** Decides a pending application by the seat rules of a newcomer. 422 not-pending otherwise. */
    public void approve(Registration registration, Instant now) {
        registration.requirePending("approved");
        admit(registration, now);
        registration.decidedAt = now;
    }

    /**
     * A registration leaves: {@code change} moves it to its final status (cancelled, rejected); its seat or waitlist
     * place is given back. Returns the waitlist position it left (the caller closes the gap), or null.
     */
    public Integer leave(Registration registration, Runnable change) {
        RegistrationStatus previous = registration.status;
        Integer position = registration.waitlistPosition;
        change.run();
        if (previous == RegistrationStatus.CONFIRMED) {
            confirmedCount--;
            SeatGroup group = groupOf(registration);
            if (group != null) {
                group.confirmedCount--;
            }
        } else if (previous == RegistrationStatus.WAITLISTED) {
            waitlistCount--;
        }
        return previous == RegistrationStatus.WAITLISTED ? position : null;
    }

    /** Where promotion reads the waitlist from: the first {@code count} waitlisted, skipping the given groups. */
    @FunctionalInterface
    public interface WaitlistHead {
        List<Registration> first(int count, List<String> skippedGroups);
    }

    /** A registration promoted from the waitlist, and the position it left. */
    public record Promotion(Registration registration, int position) {
    }

    /**
     * Gives free seats to the waitlist in FIFO order: each free seat goes to the first waitlisted registration it can
     * confirm (one whose group has room). The caller closes the gaps the promoted left.
     */
    public List<Promotion> promote(WaitlistHead waitlist, Instant now) {
        List<Promotion> promoted = new ArrayList<>();
        while (confirmedCount < capacity && waitlistCount > 0) {
            List<Registration> candidates = waitlist.first(capacity - confirmedCount, fullGroups());
            if (candidates.isEmpty()) {
                break;
            }
            for (Registration candidate : candidates) {
                if (hasRoomFor(candidate.seatGroup)) {
                    int position = candidate.waitlistPosition;
                    waitlistCount--;
                    confirm(candidate, now);
                    promoted.add(new Promotion(candidate, position));
                }
            }
        }
        return promoted;
    }

    /** From releaseAt on: group limits no longer apply (the caller then promotes). Once. */
    public void liftGroupLimits(Instant now) {
        allocationReleasedAt = now;
        groups.values().forEach(g -> g.released = true);
    }

    /** Checks in a confirmed attendee; false when already checked in. */
    public boolean checkIn(Registration registration, Instant now) {
        if (registration.checkedInAt != null && registration.status == RegistrationStatus.CONFIRMED) {
            return false;
        }
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw ProblemException.rule("not-confirmed", "Not confirmed",
                    "only a CONFIRMED registration can be checked in; this one is " + registration.status);
        }
        registration.checkedInAt = now;
        attendanceCount++;
        return true;
    }

    /**
     * Undoes the check-in of a confirmed attendee (a mistaken tap at the door); false when not checked in. A
     * registration cancelled after its check-in keeps it (422 not-confirmed), as it cannot be checked in again.
     */
    public boolean undoCheckIn(Registration registration) {
        if (registration.checkedInAt == null) {
            return false;
        }
        if (registration.status != RegistrationStatus.CONFIRMED) {
            throw ProblemException.rule("not-confirmed", "Not confirmed",
                    "only the check-in of a CONFIRMED registration can be undone; this one is " + registration.status);
        }
        registration.checkedInAt = null;
        attendanceCount--;
        return true;
    }

    /** Cancels every active registration of a cancelled workshop; the counters go to zero with them. */
    public void cancelAll(List<Registration> active, Instant now) {
        active.forEach(r -> r.cancel(CancelledBy.WORKSHOP, now));
        confirmedCount = 0;
        waitlistCount = 0;
        groups.values().forEach(g -> g.confirmedCount = 0);
    }

    /** A new capacity; 422 below the confirmed count. The caller then promotes. */
    public void changeCapacity(int newCapacity) {
        if (newCapacity < confirmedCount) {
            throw ProblemException.rule("capacity-below-confirmed", "Capacity below confirmed",
                    "capacity " + newCapacity + " is below the " + confirmedCount
                            + " confirmed registrations; cancel some first");
        }
        capacity = newCapacity;
    }

    /**
     * A new seat allocation (null: none). The grouping itself can change only while nobody holds a place (422
     * allocation-in-use); a group's new limit below its confirmed count is 422 group-limit-below-confirmed. The caller
     * then promotes.
     */
    public void changeAllocation(AllocationBy by, Integer perGroup, Map<String, Integer> overrides, Instant releaseAt,
            boolean hasActiveRegistrations) {
        if (by != allocationBy && hasActiveRegistrations) {
            throw ProblemException.rule("allocation-in-use", "Allocation in use",
                    "the seat allocation's grouping can change only before the first sign-up; change seatsPerGroup,"
                            + " overrides or releaseAt instead");
        }
        allocationBy = by;
        seatsPerGroup = perGroup;
        seatOverrides = overrides == null || overrides.isEmpty() ? null : overrides;
        allocationReleaseAt = releaseAt;
        if (by == null) {
            return;
        }
        for (SeatGroup group : groups.values()) {
            group.seatLimit = limitOf(group.groupKey);
            if (!group.released && group.confirmedCount > group.seatLimit) {
                throw ProblemException.rule("group-limit-below-confirmed", "Group limit below confirmed",
                        "group " + group.groupKey + " has " + group.confirmedCount + " confirmed registrations,"
                                + " more than its new limit " + group.seatLimit);
            }
        }
    }

    private void confirm(Registration registration, Instant now) {
        registration.confirmAt(now);
        confirmedCount++;
        SeatGroup group = groupOf(registration);
        if (group != null) {
            group.confirmedCount++;
        }
    }

    private SeatGroup groupOf(Registration registration) {
        return registration.seatGroup == null || allocationBy == null ? null : groups.get(registration.seatGroup);
    }
}
