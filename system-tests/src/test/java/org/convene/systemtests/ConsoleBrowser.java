package org.convene.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.convene.testkit.KeycloakServer;

/**
 * Runs a journey of the organiser console (browser/console-*.mjs, on browser/console-lib.mjs) in headless Chromium:
 * the demo organiser signs in through Keycloak's real login page, then the journey drives its area of the console.
 */
final class ConsoleBrowser {

    private static final Path BROWSER = BrowserJourneyTest.BROWSER;

    private ConsoleBrowser() {
    }

    /** node console-AREA.mjs PORTAL organiser PASSWORD ARGUMENTS...; fails the test when the journey fails. */
    static void run(ConveneSystem system, String area, String... arguments) throws Exception {
        assertTrue(Files.isExecutable(BrowserJourneyTest.CHROMIUM),
                BrowserJourneyTest.CHROMIUM + " is missing: ./convene test installs Debian's chromium");
        BrowserJourneyTest.installBrowserDriver();
        String portal = system.portal().baseUrl();
        system.keycloak.awaitReady(java.time.Duration.ofSeconds(120));
        List<String> command = new ArrayList<>(List.of("node", "console-" + area + ".mjs", portal,
                KeycloakServer.ORGANISER, system.keycloak.organiserPassword()));
        command.addAll(List.of(arguments));
        long started = System.currentTimeMillis();
        // stdin from /dev/null (see BrowserJourneyTest.exec)
        ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER.toFile()).inheritIO()
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("SHOTS", BROWSER.resolveSibling("target/screenshots").toString());
        int status = exec(builder);
        System.out.printf("system-tests: console %s in %d ms%n", area, System.currentTimeMillis() - started);
        assertEquals(0, status, "the console journey '" + area + "' failed (output above; screenshots in "
                + BROWSER.resolveSibling("target/screenshots/console") + ")");
    }

    private static int exec(ProcessBuilder builder) throws IOException, InterruptedException {
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }
}
