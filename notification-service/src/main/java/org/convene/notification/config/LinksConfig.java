package org.convene.notification.config;

import io.smallrye.config.ConfigMapping;

/** Public base URLs that links in emails point to. */
@ConfigMapping(prefix = "convene.links")
public interface LinksConfig {

    /** registration-service, for the attendee's manage link. */
    String registrationBaseUrl();

    /** This service, for the preferences and unsubscribe links. */
    String notificationBaseUrl();
}
