package org.convene.notification.rest;

import org.convene.notification.domain.Preference;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a recipient receives besides essential emails (confirmations, cancellations and changes are always sent). */
public record PreferencesView(@Schema(example = "asha.roy@example.org") String email,
        @Schema(description = "Reminders before a workshop starts") boolean reminders,
        @Schema(description = "Organisers' announcements") boolean announcements) {

    public static PreferencesView of(Preference preference) {
        return new PreferencesView(preference.email, preference.reminders, preference.announcements);
    }
}
