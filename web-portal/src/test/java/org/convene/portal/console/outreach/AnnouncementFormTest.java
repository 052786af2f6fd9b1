package org.convene.portal.console.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.convene.portal.client.Problem;
import org.convene.portal.console.MessageKeys;
import org.convene.portal.rest.FormErrors;
import org.junit.jupiter.api.Test;

/** An announcement's form: its mistakes beside their fields before the preview, the service's refusals too. */
class AnnouncementFormTest {

    final OutreachMessages words = MessageKeys.of(OutreachMessages.class);

    @Test
    void theSubjectIsOneTrimmedLineAndTheMessageKeepsItsLines() {
        AnnouncementForm form = AnnouncementForm.of("  Room change:\r\nHall B  ", "Dear all,\r\n\r\nwe meet in Hall B.\n\n");

        assertEquals("Room change: Hall B", form.subject());
        assertEquals("Dear all,\n\nwe meet in Hall B.", form.body());
        assertEquals(new AnnouncementForm("", ""), AnnouncementForm.of(null, " \n "));
    }

    @Test
    void anEmptySubjectIsShownBesideItsField() {
        FormErrors errors = AnnouncementForm.of("", "Dear all").check(words);

        assertEquals("error_subject", errors.of("subject"));
        assertNull(errors.of("body"));
        assertEquals(List.of(new FormErrors.Line("subject", "error_subject")),
                errors.summary(AnnouncementPages.FIELDS));
    }

    @Test
    void tooLongAndEmptyFieldsAreRefusedAsTheServiceWould() {
        FormErrors errors = AnnouncementForm.of("x".repeat(201), " ").check(words);
        assertEquals("error_subject_long", errors.of("subject"));
        assertEquals("error_body", errors.of("body"));
        assertEquals("error_body_long", AnnouncementForm.of("Hi", "x".repeat(20001)).check(words).of("body"));
        assertFalse(AnnouncementForm.of("x".repeat(200), "x".repeat(20000)).check(words).any());
    }

    @Test
    void theRequestNamesTheWorkshop() {
        UUID workshop = UUID.randomUUID();
        assertEquals(new OutreachViews.AnnouncementRequest(workshop, "Hall B", "Dear all"),
                AnnouncementForm.of("Hall B", "Dear all").request(workshop));
    }

    @Test
    void theServicesRefusalsGoBesideTheFieldsTheyName() {
        Problem invalid = new Problem("https://convene.example/problems/validation", "Invalid input", 400, "1 field",
                List.of(new Problem.FieldError("subject", "must not contain control characters")));
        FormErrors errors = AnnouncementForm.ofProblem(invalid, words);
        assertEquals("error_refused(must not contain control characters)", errors.of("subject"));

        Problem cancelled = new Problem("https://convene.example/problems/workshop-cancelled", "Workshop cancelled",
                422, "workshop x is cancelled", List.of());
        assertEquals(List.of(new FormErrors.Line(null, "ann_cancelled")),
                AnnouncementForm.ofProblem(cancelled, words).summary(List.of()));

        Problem unknown = new Problem("https://convene.example/problems/not-found", "Not found", 404, "workshop x", null);
        assertEquals(List.of(new FormErrors.Line(null, "error_workshop_unknown")),
                AnnouncementForm.ofProblem(unknown, words).summary(List.of()));

        Problem other = new Problem(null, "Conflict", 409, "something else", null);
        assertTrue(AnnouncementForm.ofProblem(other, words).summary(List.of()).get(0).text().contains("something else"));
    }
}
