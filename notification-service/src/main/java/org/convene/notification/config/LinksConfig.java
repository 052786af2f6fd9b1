package org.convene.notification.config;

import io.smallrye.config.ConfigMapping;

/** Public base URLs that links in emails point to. */
@ConfigMapping(prefix = "convene.links")
public interface LinksConfig {

    /** web-portal, the pages every link in an email opens: manage a registration, preferences, unsubscribe. */
    String portalBaseUrl();

    /** This service, for the RFC 8058 one-click unsubscribe of the List-Unsubscribe header (a POST, no page). */
    String notificationBaseUrl();
}
