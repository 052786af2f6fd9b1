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
 * preference centre and unsubscribe, a wrong link, the Bengali pages; and an invitation round: one invitee accepts
 * from the emailed link, one declines with a reason, one finds the invitation withdrawn. All four parts are
 * the packaged applications, talking over HTTP, Kafka and SMTP.
 */
class BrowserJourneyTest {

    static final Path BROWSER = Paths.get("browser").toAbsolutePath();
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void signUpReceiveTheEmailCancelAndUnsubscribeInABrowser() throws Exception {
        String portal = browserReady();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String cityName = "Howrah " + suffix;
        String cityId = Api.asOrganiser(system.directory)
                .body(Map.of("name", cityName, "countryCode", "IN", "region", "South Asia"))
                .post("/api/v1/cities").then().statusCode(201).extract().path("id");
        String title = "Heat action plans " + suffix;
        List<Map<String, Object>> questions = List.of(
                Map.of("key", "diet", "type", "CHOICE", "required", true, "label", Map.of("en", "Diet", "bn", "খাদ্য"),
                        "options", List.of(Map.of("key", "vegetarian", "label", Map.of("en", "Vegetarian", "bn", "নিরামিষ")),
                                Map.of("key", "none", "label", Map.of("en", "No preference", "bn", "কোনো পছন্দ নেই")))),
                Map.of("key", "arrival", "type", "DATE", "label", Map.of("en", "Arrival date", "bn", "পৌঁছানোর তারিখ")));
        String workshopId = Api.openWorkshop(system, cityId, title, 1, Map.of("questions", questions));
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
                .body("organisation", equalTo("Kolkata Municipal Corporation")).body("cityId", equalTo(cityId))
                .body("answers.diet", equalTo("none")).body("answers.arrival", equalTo("2027-01-01"))
                .body("listed", equalTo(true));
        Api.as(system.registration).get("/api/v1/workshops/" + workshopId).then().statusCode(200)
                .body("confirmedCount", equalTo(1)).body("waitlistCount", equalTo(0));
        String preferencesToken = URLDecoder.decode(preferencesUrl.substring(preferencesUrl.indexOf("token=") + 6),
                StandardCharsets.UTF_8);
        Api.as(system.notification).queryParam("token", preferencesToken).get("/api/v1/preferences").then()
                .statusCode(200).body("reminders", equalTo(false)).body("announcements", equalTo(false));
    }

    @Test
    void inviteesAcceptDeclineAndFindAWithdrawnInvitationInABrowser() throws Exception {
        String portal = browserReady();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String cityId = Api.asOrganiser(system.directory)
                .body(Map.of("name", "Bally " + suffix, "countryCode", "IN", "region", "South Asia"))
                .post("/api/v1/cities").then().statusCode(201).extract().path("id");
        String title = "Flood early warning " + suffix;
        String workshopId = Api.openWorkshop(system, cityId, title, 5, Map.of("admission", "INVITATION",
                "questions", List.of(Map.of("key", "role", "type", "TEXT", "required", true,
                        "label", Map.of("en", "Your role", "bn", "আপনার ভূমিকা")))));
        List<String> emails = List.of("nasrin." + suffix + "@kmc.example", "tariq." + suffix + "@dncc.example",
                "farah." + suffix + "@lagos.example");
        List<Map<String, String>> people = List.of(Map.of("fullName", "Nasrin Akter", "email", emails.get(0)),
                Map.of("fullName", "Tariq Hasan", "email", emails.get(1)),
                Map.of("fullName", "Farah Bello", "email", emails.get(2)));
        Api.asOrganiser(system.registration).body(Map.of("people", people))
                .post("/api/v1/workshops/" + workshopId + "/invitations").then().statusCode(200)
                .body("created", equalTo(3));

        ImapMailbox mailbox = new ImapMailbox(system.mail.imapPort());
        List<String> links = new ArrayList<>();
        for (String email : emails) {
            ImapMailbox.Mail invitation = mailbox.await(email, mail -> mail.subject().contains(title), 1,
                    Duration.ofSeconds(45)).get(0);
            links.add(link(invitation, Pattern.quote(portal)
                    + "/invitations/[0-9a-f-]{36}\\?token=[^\\s\"<&]+&answer=accept"));
        }
        String revokedId = links.get(2).replaceAll(".*/invitations/([0-9a-f-]{36}).*", "$1");
        Api.asOrganiser(system.registration).post("/api/v1/invitations/" + revokedId + "/revoke").then()
                .statusCode(200);

        String colleague = "salma." + suffix + "@kmc.example";
        run("invitation", portal, title, links.get(0), links.get(1).replace("answer=accept", "answer=decline"),
                links.get(2), "Salma Khatun", colleague);

        // what the pages did, as the organisers see it
        Api.asOrganiser(system.registration).get("/api/v1/workshops/" + workshopId + "/invitations?status=ACCEPTED")
                .then().statusCode(200).body("items.email", equalTo(List.of(emails.get(0))));
        Api.asOrganiser(system.registration).get("/api/v1/workshops/" + workshopId + "/invitations?status=DECLINED")
                .then().statusCode(200).body("items.email", equalTo(List.of(emails.get(1))))
                .body("items[0].declineReason", equalTo("Our budget session falls on the same days."));
        Api.as(system.registration).get("/api/v1/workshops/" + workshopId).then().statusCode(200)
                .body("confirmedCount", equalTo(1));
        // the accepted place now belongs to the colleague, who is told by email
        Api.asOrganiser(system.registration).get("/api/v1/workshops/" + workshopId + "/registrations").then()
                .statusCode(200).body("items.email", equalTo(List.of(colleague)))
                .body("items[0].status", equalTo("CONFIRMED"));
        new ImapMailbox(system.mail.imapPort()).await(colleague, mail -> mail.subject().contains(title), 1,
                Duration.ofSeconds(45));
    }

    private static String link(ImapMailbox.Mail mail, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(mail.text());
        assertTrue(matcher.find(), "no link " + pattern + " in the email");
        return matcher.group();
    }

    /** Chromium and the driver are there; the portal's address. */
    private String browserReady() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: ./convene test installs Debian's chromium");
        installBrowserDriver();
        return system.portal().baseUrl();
    }

    /** playwright-core and axe-core from npm (package-lock.json), once; no browser is downloaded. */
    static void installBrowserDriver() throws Exception {
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
