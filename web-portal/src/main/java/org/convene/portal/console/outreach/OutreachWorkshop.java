package org.convene.portal.console.outreach;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

/** The workshop an announcement or the ledger is about, as registration-service answers it. */
public record OutreachWorkshop(UUID id, String title, String timezone, int confirmedCount, int waitlistCount,
        String status) {

    /** The registrants an announcement goes to: the confirmed and the waitlisted. */
    public int registrants() {
        return confirmedCount + waitlistCount;
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }

    public ZoneId zone() {
        try {
            return ZoneId.of(timezone);
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
