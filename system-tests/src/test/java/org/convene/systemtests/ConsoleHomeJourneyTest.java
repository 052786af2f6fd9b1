package org.convene.systemtests;

import org.junit.jupiter.api.Test;

/** The console's door in a browser: Keycloak's login page, the front page in English and Bengali, signing out. */
class ConsoleHomeJourneyTest {

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void anOrganiserSignsInThroughKeycloakAndOut() throws Exception {
        ConsoleBrowser.run(system, "home");
    }
}
