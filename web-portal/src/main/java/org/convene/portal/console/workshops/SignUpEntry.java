package org.convene.portal.console.workshops;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One registration of a workshop, the fields the dashboard counts (GET /api/v1/workshops/{id}/registrations). */
public record SignUpEntry(UUID id, String status, UUID cityId, OffsetDateTime registeredAt,
        OffsetDateTime checkedInAt) {
}
