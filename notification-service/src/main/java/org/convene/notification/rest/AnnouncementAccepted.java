package org.convene.notification.rest;

import java.util.UUID;

/** What an announcement turned into: one ledger row per active registrant. */
public record AnnouncementAccepted(UUID id, UUID workshopId, int queued, int suppressed) {
}
