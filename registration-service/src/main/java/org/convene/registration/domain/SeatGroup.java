package org.convene.registration.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * One allocation group of a workshop (a city, or a country) and its confirmed count. Part of the {@link Workshop}
 * aggregate: loaded and changed only under the workshop's row lock, through the workshop's methods.
 */
@Entity
@Table(name = "seat_group")
@IdClass(SeatGroup.Key.class)
public class SeatGroup {

    @Id
    @Column(name = "workshop_id")
    public UUID workshopId;

    @Id
    @Column(name = "group_key")
    public String groupKey;

    @Column(name = "seat_limit", nullable = false)
    public int seatLimit;

    @Column(name = "confirmed_count", nullable = false)
    public int confirmedCount;

    /** From the workshop's releaseAt on, the limit no longer applies. */
    @Column(nullable = false)
    public boolean released;

    boolean hasRoom() {
        return released || confirmedCount < seatLimit;
    }

    /** The composite id (workshop, group). */
    public static class Key implements Serializable {

        public UUID workshopId;
        public String groupKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(workshopId, key.workshopId)
                    && Objects.equals(groupKey, key.groupKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workshopId, groupKey);
        }
    }
}
