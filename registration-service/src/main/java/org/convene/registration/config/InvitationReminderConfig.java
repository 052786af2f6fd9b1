package org.convene.registration.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When the invitees who have not answered are reminded: once, this long before registration closes. */
@ConfigMapping(prefix = "convene.invitations.reminder")
public interface InvitationReminderConfig {

    /**
     * How long before registration closes (the workshop's registrationClosesAt, else its end) an invitation still
     * unanswered gets its one reminder. Invitations sent later than that get none.
     */
    @WithDefault("PT48H")
    Duration beforeClose();

    /** Whether this instance looks for due reminders (safe on several instances at once). */
    @WithDefault("true")
    boolean enabled();

    /** How often it looks (used by the @Scheduled expression). */
    @WithDefault("1m")
    Duration checkEvery();
}
