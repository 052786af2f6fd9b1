package org.convene.portal.console.door;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/** The workshop at the door, as registration-service's {@code GET /api/v1/workshops/{id}} answers it. */
public record DoorWorkshop(UUID id, String title, String timezone, int confirmedCount, int attendanceCount,
        String status) {

    /** The workshop's own time zone (check-in times are shown in it), UTC when it names none we know. */
    public ZoneId zone() {
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
