package org.convene.notification.rest;

import jakarta.validation.constraints.NotNull;

/** The new choice; both fields are required. */
public record PreferencesRequest(@NotNull Boolean reminders, @NotNull Boolean announcements) {
}
