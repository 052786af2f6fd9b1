package org.convene.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The first slice through all three services, over HTTP and IMAP only: city → workshop → publish → three sign-ups
 * for two seats → the confirmation arrives in the attendee's inbox, once.
 */
class SignUpSliceTest {

    private final ConveneSystem system = ConveneSystem.get();

    @Test
    void threeSignUpsForTwoSeatsEndInTheInbox() {
        String cityId = Api.createCity(system, "Kolkata");
        String title = "Climate-resilient cities " + UUID.randomUUID().toString().substring(0, 6);
        String workshopId = Api.openWorkshop(system, cityId, title, 2);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String first = "anindita." + suffix + "@kmc.example";
        String second = "rahim." + suffix + "@dncc.example";
        String third = "nimal." + suffix + "@colombo.example";

        Api.signUp(system, workshopId, "অনিন্দিতা সেন", first).then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("manageToken", notNullValue())
                .body("waitlistPosition", nullValue());
        Api.signUp(system, workshopId, "Rahim Uddin", second).then().statusCode(201)
                .body("status", equalTo("CONFIRMED"));
        Api.signUp(system, workshopId, "නිමල් පෙරේරා", third).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));

        Api.as(system.registration).get("/api/v1/workshops/" + workshopId).then().statusCode(200)
                .body("confirmedCount", equalTo(2)).body("waitlistCount", equalTo(1)).body("seatsLeft", equalTo(0));

        ImapMailbox imap = new ImapMailbox(system.mail.imapPort());
        List<ImapMailbox.Mail> confirmations = imap.await(first, mail -> mail.subject().contains(title), 1,
                Duration.ofSeconds(45));
        assertEquals(1, confirmations.size(), "one confirmation for " + first);
        ImapMailbox.Mail confirmation = confirmations.get(0);
        assertTrue(confirmation.partTypes().stream().anyMatch(type -> type.startsWith("text/calendar")),
                "an iCalendar invitation is attached: " + confirmation.partTypes());
        assertTrue(confirmation.text().contains(system.portalUrl() + "/registrations/"),
                "the manage link (to the portal) is in the email");
        assertTrue(confirmation.text().contains("BEGIN:VCALENDAR"), "the invitation is iCalendar");

        assertEquals(1, imap.await(second, mail -> mail.subject().contains(title), 1, Duration.ofSeconds(30))
                .size());
        // and nothing more arrives for the first attendee: exactly one email per event
        sleep(Duration.ofSeconds(3));
        assertEquals(1, imap.read(first).stream().filter(mail -> mail.subject().contains(title)
                && mail.text().contains("BEGIN:VCALENDAR")).count());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
