package org.convene.notification.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "convene.preferences")
public interface PreferencesConfig {

    /** HMAC-SHA256 key of the preference tokens (env CONVENE_PREFERENCES_TOKEN_KEY). */
    String tokenKey();

    /** How long a token in an email stays valid. */
    @WithDefault("P180D")
    Duration tokenValidity();
}
