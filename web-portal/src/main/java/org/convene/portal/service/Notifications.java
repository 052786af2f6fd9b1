package org.convene.portal.service;

import org.convene.portal.client.Preferences;

/** What the pages ask of notification-service (see Registrations for the seam). */
public interface Notifications {

    Preferences preferences(String token);

    Preferences setPreferences(String token, boolean reminders, boolean announcements);

    Preferences unsubscribe(String token);
}
