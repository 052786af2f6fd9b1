package org.convene.notification.service;

import java.util.UUID;

/** What an announcement turned into: one ledger row per active registrant, queued or suppressed (opted out). */
public record AnnouncementQueued(UUID id, UUID workshopId, int queued, int suppressed) {
}
