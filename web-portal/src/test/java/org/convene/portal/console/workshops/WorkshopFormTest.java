package org.convene.portal.console.workshops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Problem;
import org.convene.portal.client.Question;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.MessageKeys;
import org.convene.portal.rest.FormErrors;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class WorkshopFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KOLKATA = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20";
    private static final String DHAKA = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21";

    /** The bundle's words as their keys (and arguments), as a page would show them without Quarkus. */
    private static final WorkshopMessages WORDS = MessageKeys.of(WorkshopMessages.class);

    private static MultivaluedMap<String, String> sent(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static MultivaluedMap<String, String> kolkataWorkshop(String... more) {
        MultivaluedMap<String, String> form = sent("title", "  Heat action plans ", "description", "Two days\r\nof practice",
                "hostCityId", KOLKATA, "venue", "Town Hall", "timezone", "Asia/Kolkata",
                "startsAt", "2027-03-01T09:30", "endsAt", "2027-03-02T17:00", "capacity", "30",
                "waitlistEnabled", "true", "registrationOpensAt", "", "registrationClosesAt", "2027-02-25T23:59",
                "admission", "APPROVAL", "seatsByCity", "true", "seatsPerGroup", "2", "seats-" + KOLKATA, "4",
                "seats-" + DHAKA, "", "seatsReleaseAt", "", "rows", "3",
                "q0-key", "diet", "q0-type", "CHOICE", "q0-label_en", "Diet", "q0-label_bn", "খাদ্য", "q0-required",
                "true", "q0-options", "vegetarian = Vegetarian = নিরামিষ\r\n\r\nnone = No preference\r\n",
                "q1-key", "", "q1-type", "TEXT", "q1-label_en", "", "q1-label_bn", "", "q1-options", "",
                "q2-key", "", "q2-type", "TEXT", "q2-label_en", "", "q2-label_bn", "", "q2-options", "");
        for (int i = 0; i < more.length; i += 2) {
            form.putSingle(more[i], more[i + 1]);
        }
        return form;
    }

    @Test
    void theFormBecomesTheSettingsOfTheApiInTheWorkshopsTimeZone() throws Exception {
        ObjectNode settings = WorkshopForm.of(kolkataWorkshop()).settings(List.of());

        assertEquals(JSON.readTree("""
                {"title": "Heat action plans", "description": "Two days\\nof practice", "hostCityId": "%s",
                 "venue": "Town Hall", "timezone": "Asia/Kolkata", "startsAt": "2027-03-01T09:30:00+05:30",
                 "endsAt": "2027-03-02T17:00:00+05:30", "capacity": 30,
                 "registrationClosesAt": "2027-02-25T23:59:00+05:30", "waitlistEnabled": true, "admission": "APPROVAL",
                 "seatAllocation": {"by": "CITY", "seatsPerGroup": 2, "overrides": {"%s": 4}},
                 "questions": [{"key": "diet", "label": {"en": "Diet", "bn": "খাদ্য"}, "type": "CHOICE",
                   "required": true, "options": [{"key": "vegetarian", "label": {"en": "Vegetarian", "bn": "নিরামিষ"}},
                                                 {"key": "none", "label": {"en": "No preference"}}]}]}
                """.formatted(KOLKATA, KOLKATA)), settings);
    }

    @Test
    void whatDoesNotReadAsANumberOrATimeGoesAsTypedForTheServiceToNameAndBlanksAreLeftOut() {
        ObjectNode settings = WorkshopForm.of(kolkataWorkshop("capacity", "thirty", "startsAt", "soon", "venue", " ",
                "waitlistEnabled", "", "seatsByCity", "")).settings(List.of());

        assertEquals("thirty", settings.get("capacity").asText());
        assertTrue(settings.get("capacity").isTextual());
        assertEquals("soon", settings.get("startsAt").asText());
        assertFalse(settings.has("venue"));
        assertFalse(settings.get("waitlistEnabled").asBoolean());
        assertFalse(settings.has("seatAllocation"));
    }

    @Test
    void removedAndBlankQuestionRowsAreNotSentAndTheServicesIndexNamesTheRightRow() {
        WorkshopForm form = WorkshopForm.of(kolkataWorkshop("q0-remove", "true", "q1-key", "Arrival Date",
                "q1-label_en", "Arrival", "q2-key", "visa", "q2-type", "BOOLEAN", "q2-label_en", "Visa letter"));
        ObjectNode settings = form.settings(List.of());
        assertEquals(2, settings.get("questions").size());
        assertEquals("Arrival Date", settings.get("questions").get(0).get("key").asText());

        Problem problem = new Problem("https://convene.example/problems/validation", "Invalid input", 400, "3 fields",
                List.of(new Problem.FieldError("questions[0].key", "must match [a-z0-9_-]{1,40}"),
                        new Problem.FieldError("questions[1].options", "only CHOICE and MULTI_CHOICE questions have options"),
                        new Problem.FieldError("endsAt", "must be after startsAt"),
                        new Problem.FieldError("seatAllocation.overrides." + DHAKA, "must be greater than or equal to 0"),
                        new Problem.FieldError("somethingElse", "is odd")));
        FormErrors errors = form.errors(problem, WORDS);

        assertEquals("error_key", errors.of("q1-key"));
        assertEquals("only CHOICE and MULTI_CHOICE questions have options", errors.of("q2-options"));
        assertEquals("error_ends_after_starts", errors.of("endsAt"));
        assertEquals("error_at_least(0)", errors.of("seats-" + DHAKA));
        assertFalse(errors.has("q0-key"));
        List<FormErrors.Line> summary = errors.summary(form.fieldOrder(List.of(KOLKATA, DHAKA)));
        assertEquals(new FormErrors.Line(null, "somethingElse: is odd"), summary.get(0));
        assertEquals(List.of("endsAt", "seats-" + DHAKA, "q1-key", "q2-options"),
                summary.stream().skip(1).map(FormErrors.Line::field).toList());
    }

    @Test
    void anOptionsErrorSaysWhichLineAndLabelsNameTheirLanguage() {
        WorkshopForm form = WorkshopForm.of(kolkataWorkshop());
        FormErrors errors = form.errors(new Problem(null, "Invalid input", 400, null,
                List.of(new Problem.FieldError("questions[0].options[1].label", "must not be null"),
                        new Problem.FieldError("questions[0].label.bn", "must be a language tag"))), WORDS);
        assertEquals("error_option_line(2) error_required", errors.of("q0-options"));
        assertEquals("must be a language tag", errors.of("q0-label_bn"));
    }

    @Test
    void businessRulesLandBesideTheirField() {
        WorkshopForm form = WorkshopForm.of(kolkataWorkshop());
        assertEquals("error_unknown_city", form.errors(rule("unknown-city", "hostCityId x is not a city"), WORDS)
                .of("hostCityId"));
        assertEquals("error_capacity_below(capacity 20 is below the 28)",
                form.errors(rule("capacity-below-confirmed", "capacity 20 is below the 28"), WORDS).of("capacity"));
        assertEquals("group x has 3", form.errors(rule("group-limit-below-confirmed", "group x has 3"), WORDS)
                .of("seatsPerGroup"));
        FormErrors inUse = form.errors(rule("questions-in-use", "question diet cannot change its type"), WORDS);
        assertEquals("error_questions_in_use(question diet cannot change its type)",
                inUse.summary(List.of()).get(0).text());
    }

    @Test
    void aWorkshopMakesTheSameSettingsAsItsFormPostedBackUnchanged() {
        ConsoleWorkshop workshop = workshop();
        WorkshopForm form = WorkshopForm.of(workshop);
        assertEquals(3, form.rows.size(), "the question and two blank rows");
        assertEquals("vegetarian = Vegetarian = নিরামিষ\nnone = No preference", form.rows.get(0).options());
        assertEquals("2026-12-03T09:30", form.startsAt);
        assertEquals("4", form.seatsOf(KOLKATA));

        MultivaluedMap<String, String> posted = post(form);
        WorkshopForm again = WorkshopForm.of(posted);
        again.keptAllocation = form.keptAllocation;
        ObjectNode before = form.settings(workshop.questions());
        ObjectNode after = again.settings(workshop.questions());
        assertEquals(before, after);
        assertTrue(MergePatch.diff(before, after).isEmpty());
        // the help text the form does not show stays
        assertEquals("What you eat", before.get("questions").get(0).get("help").asText());
    }

    @Test
    void anEditSendsOnlyWhatChangedAndARemovedCitysSeatsAsNull() throws Exception {
        ConsoleWorkshop workshop = workshop();
        WorkshopForm form = WorkshopForm.of(workshop);
        MultivaluedMap<String, String> posted = post(form);
        posted.putSingle("capacity", "40");
        posted.putSingle("seats-" + KOLKATA, "");
        posted.putSingle("seats-" + DHAKA, "3");
        posted.putSingle("venue", "");
        ObjectNode patch = MergePatch.diff(form.settings(workshop.questions()),
                WorkshopForm.of(posted).settings(workshop.questions()));

        assertEquals(JSON.readTree("""
                {"capacity": 40, "venue": null, "seatAllocation": {"overrides": {"%s": 3, "%s": null}}}
                """.formatted(DHAKA, KOLKATA)), patch);
    }

    @Test
    void aSeatAllocationByCountryIsKeptAsItIs() {
        ConsoleWorkshop byCountry = new ConsoleWorkshop(UUID.randomUUID(), "t", null, UUID.fromString(KOLKATA), null,
                "Asia/Dhaka", OffsetDateTime.parse("2026-12-03T09:30:00+06:00"),
                OffsetDateTime.parse("2026-12-03T17:00:00+06:00"), 10, 0, 0, 10, 0, "DRAFT", false, null, null, true,
                "OPEN", List.of(), new ConsoleWorkshop.Allocation("COUNTRY", 3, Map.of("BD", 5), null));
        WorkshopForm form = WorkshopForm.of(byCountry);
        assertFalse(form.seatsByCity);
        ObjectNode settings = form.settings(List.of());
        assertEquals("COUNTRY", settings.get("seatAllocation").get("by").asText());
        assertEquals(5, settings.get("seatAllocation").get("overrides").get("BD").asInt());
    }

    @Test
    void aTimeZoneThatIsNotOneLeavesTheTimesInUtcForTheServiceToNameTheZone() {
        ObjectNode settings = WorkshopForm.of(kolkataWorkshop("timezone", "Mars/Olympus")).settings(List.of());
        assertEquals("2027-03-01T09:30:00Z", settings.get("startsAt").asText());
        assertEquals("Mars/Olympus", settings.get("timezone").asText());
        assertNull(WorkshopForm.of(kolkataWorkshop()).formField("questions[5].key"));
    }

    private static Problem rule(String kind, String detail) {
        return new Problem("https://convene.example/problems/" + kind, "Rule", 422, detail, List.of());
    }

    private static ConsoleWorkshop workshop() {
        JsonNode diet = JSON.valueToTree(Map.of("en", "Diet", "bn", "খাদ্য"));
        Question question = new Question("diet", diet, "CHOICE", true,
                List.of(new Question.Option("vegetarian", JSON.valueToTree(Map.of("en", "Vegetarian", "bn", "নিরামিষ"))),
                        new Question.Option("none", JSON.getNodeFactory().textNode("No preference"))),
                JSON.getNodeFactory().textNode("What you eat"));
        return new ConsoleWorkshop(UUID.randomUUID(), "Heat action plans", "Two days", UUID.fromString(KOLKATA),
                "Town Hall", "Asia/Kolkata", OffsetDateTime.parse("2026-12-03T09:30:00+05:30"),
                OffsetDateTime.parse("2026-12-04T17:00:00+05:30"), 30, 2, 0, 28, 0, "OPEN", true, null,
                OffsetDateTime.parse("2026-12-01T23:59:00+05:30"), true, "OPEN", List.of(question),
                new ConsoleWorkshop.Allocation("CITY", 2, Map.of(KOLKATA, 4), null));
    }

    /** What a browser posts for the form as the page shows it. */
    private static MultivaluedMap<String, String> post(WorkshopForm form) {
        MultivaluedMap<String, String> sent = sent("title", form.title, "description", form.description,
                "hostCityId", form.hostCityId, "venue", form.venue, "timezone", form.timezone, "startsAt", form.startsAt,
                "endsAt", form.endsAt, "capacity", form.capacity, "registrationOpensAt", form.registrationOpensAt,
                "registrationClosesAt", form.registrationClosesAt, "admission", form.admission,
                "seatsPerGroup", form.seatsPerGroup, "seatsReleaseAt", form.seatsReleaseAt, "seats-" + KOLKATA,
                form.seatsOf(KOLKATA), "seats-" + DHAKA, form.seatsOf(DHAKA), "rows", String.valueOf(form.rows.size()));
        if (form.waitlistEnabled) {
            sent.add("waitlistEnabled", "true");
        }
        if (form.seatsByCity) {
            sent.add("seatsByCity", "true");
        }
        for (WorkshopForm.Row row : form.rows) {
            sent.add(row.name("key"), row.key());
            sent.add(row.name("type"), row.type());
            sent.add(row.name("label_en"), row.labelEn());
            sent.add(row.name("label_bn"), row.labelBn());
            sent.add(row.name("options"), row.options().replace("\n", "\r\n"));
            if (row.required()) {
                sent.add(row.name("required"), "true");
            }
        }
        return sent;
    }
}
