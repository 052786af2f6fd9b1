package org.convene.portal.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.portal.client.NotificationApi;
import org.convene.portal.client.Preferences;
import org.eclipse.microprofile.rest.client.inject.RestClient;

@ApplicationScoped
public class NotificationsOverRest implements Notifications {

    static final String SERVICE = "notification-service";

    @Inject
    @RestClient
    NotificationApi api;

    @Override
    public Preferences preferences(String token) {
        return Calls.to(SERVICE, () -> api.preferences(token));
    }

    @Override
    public Preferences setPreferences(String token, boolean reminders, boolean announcements) {
        return Calls.to(SERVICE, () -> api.setPreferences(token, new NotificationApi.Choice(reminders, announcements)));
    }

    @Override
    public Preferences unsubscribe(String token) {
        return Calls.to(SERVICE, () -> api.unsubscribe(token));
    }
}
