package org.convene.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The portal as a person uses it, in real headless Chromium (browser/journey.mjs: playwright-core driving Debian's
 * /usr/bin/chromium, axe-core on every page, a screenshot of each in target/screenshots): sign up through the form
 * (after a mistake shown beside its field), receive the confirmation over IMAP, open its link, cancel with the
 * confirming step (the seat goes to the next person, who joined the waitlist through the form too), open the
 * preference centre and unsubscribe, a wrong link, the Bengali pages. All four parts are
 * the packaged applications, talking over HTTP, Kafka and SMTP.
 */
class BrowserJourneyTest {

    static final Path BROWSER = Paths.get("browser").toAbsolutePath();
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void signUpReceiveTheEmailCancelAndUnsubscribeInABrowser() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: ./convene test installs Debian's chromium");
        installBrowserDriver();
        String portal = system.portal().baseUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String cityName = "Howrah " + suffix;
        String cityId = Api.asOrganiser(system.directory)
                .body(Map.of("name", cityName, "countryCode", "IN", "region", "South Asia"))
                .post("/api/v1/cities").then().statusCode(201).extract().path("id");
        String title = "Heat action plans " + suffix;
        String workshopId = Api.openWorkshop(system, cityId, title, 1);
        String email = "mitali." + suffix + "@kmc.example";

        run("sign-up", portal, title, "Mitali Ghosh", email, cityName, "rahim." + suffix + "@dncc.example");

        ImapMailbox.Mail confirmation = new ImapMailbox(system.mail.imapPort())
                .await(email, mail -> mail.subject().contains(title), 1, Duration.ofSeconds(45)).get(0);
        String manageUrl = link(confirmation, Pattern.quote(portal) + "/registrations/[0-9a-f-]{36}\\?token=[^\\s\"<]+");
        String preferencesUrl = link(confirmation, Pattern.quote(portal) + "/preferences\\?token=[^\\s\"<]+");
        // a confirmation is essential, so it has no unsubscribe link; the announcements' link is the same page
        String unsubscribeUrl = preferencesUrl.replace("/preferences?", "/unsubscribe?");

        run("manage", portal, manageUrl, preferencesUrl, unsubscribeUrl);

        // what the pages did, as the services see it
        String registrationId = manageUrl.replaceAll(".*/registrations/([0-9a-f-]{36}).*", "$1");
        Api.asOrganiser(system.registration).get("/api/v1/registrations/" + registrationId).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("cancelledBy", equalTo("ATTENDEE"))
                .body("organisation", equalTo("Kolkata Municipal Corporation")).body("cityId", equalTo(cityId));
        Api.as(system.registration).get("/api/v1/workshops/" + workshopId).then().statusCode(200)
                .body("confirmedCount", equalTo(1)).body("waitlistCount", equalTo(0));
        String preferencesToken = URLDecoder.decode(preferencesUrl.substring(preferencesUrl.indexOf("token=") + 6),
                StandardCharsets.UTF_8);
        Api.as(system.notification).queryParam("token", preferencesToken).get("/api/v1/preferences").then()
                .statusCode(200).body("reminders", equalTo(false)).body("announcements", equalTo(false));
    }

    private static String link(ImapMailbox.Mail mail, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(mail.text());
        assertTrue(matcher.find(), "no link " + pattern + " in the email");
        return matcher.group();
    }

    /** playwright-core and axe-core from npm (package-lock.json), once; no browser is downloaded. */
    private static void installBrowserDriver() throws Exception {
        if (Files.isDirectory(BROWSER.resolve("node_modules/playwright-core"))
                && Files.isDirectory(BROWSER.resolve("node_modules/axe-core"))) {
            return;
        }
        assertEquals(0, exec(List.of("npm", "ci", "--no-audit", "--no-fund"), Duration.ofMinutes(3)),
                "npm ci in " + BROWSER);
    }

    private static void run(String part, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", "journey.mjs", part));
        command.addAll(List.of(arguments));
        long started = System.currentTimeMillis();
        int status = exec(command, Duration.ofMinutes(2));
        System.out.printf("system-tests: browser %s in %d ms%n", part, System.currentTimeMillis() - started);
        assertEquals(0, status, "the browser journey '" + part + "' failed (output above; screenshots in "
                + BROWSER.resolveSibling("target/screenshots") + ")");
    }

    private static int exec(List<String> command, Duration timeout) throws IOException, InterruptedException {
        // stdin from /dev/null, not inherited: node makes its stdin non-blocking, and an inherited one is surefire's
        // command channel to this JVM, whose reads then fail ("std/in stream corrupted") and abort the whole run
        ProcessBuilder builder = new ProcessBuilder(command).directory(BROWSER.toFile()).inheritIO()
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("SHOTS", BROWSER.resolveSibling("target/screenshots").toString());
        Process process = builder.start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return -1;
        }
        return process.exitValue();
    }
}
