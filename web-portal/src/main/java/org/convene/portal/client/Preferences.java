package org.convene.portal.client;

/** What a recipient receives besides essential emails (notification-service's {@code /api/v1/preferences}). */
public record Preferences(String email, boolean reminders, boolean announcements) {
}
