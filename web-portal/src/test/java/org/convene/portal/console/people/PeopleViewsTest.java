package org.convene.portal.console.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.convene.portal.client.Question;
import org.convene.portal.console.MessageKeys;
import org.convene.portal.rest.Messages;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the people pages say about a person: statuses, answers in the page's language, times in the workshop's. */
class PeopleViewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PeopleMessages words = MessageKeys.of(PeopleMessages.class);
    private final Messages portal = MessageKeys.of(Messages.class);

    @Test
    void everyQuestionIsShownWithItsAnswerInWordsOrAsNotAnswered() throws Exception {
        List<Question> questions = List.of(
                JSON.readValue("""
                        {"key": "diet", "type": "CHOICE", "label": {"en": "Diet", "bn": "খাদ্য"},
                         "options": [{"key": "vegetarian", "label": {"en": "Vegetarian", "bn": "নিরামিষ"}}]}""",
                        Question.class),
                JSON.readValue("""
                        {"key": "visa", "type": "BOOLEAN", "label": "Visa letter"}""", Question.class),
                JSON.readValue("""
                        {"key": "role", "type": "TEXT", "label": {"en": "Your role", "bn": "আপনার ভূমিকা"}}""",
                        Question.class));
        Map<String, JsonNode> given = Map.of("diet", JSON.readTree("\"vegetarian\""), "visa", JSON.readTree("true"));

        assertEquals(List.of(new PeopleViews.Answer("খাদ্য", "নিরামিষ", true),
                new PeopleViews.Answer("Visa letter", "answer_yes", true),
                new PeopleViews.Answer("আপনার ভূমিকা", "not_answered", false)),
                PeopleViews.answers(questions, given, "bn", words, portal));
    }

    @Test
    void statusesAreWordsAndTheWaitlistSaysThePlace() {
        assertEquals("status_WAITLISTED, waitlist_position(3)", PeopleViews.registrationStatus("WAITLISTED", 3, words));
        assertEquals("status_PENDING", PeopleViews.registrationStatus("PENDING", null, words));
        assertEquals("invitation_REVOKED", PeopleViews.invitationStatus("REVOKED", words));
        assertEquals("via_organisation", PeopleViews.via("organisation", words));
        assertEquals("admission_OPEN", PeopleViews.admission(null, words));
        assertEquals("skip_erased_member", PeopleViews.skipReason("erased-member", words));
        assertEquals("cpe-status cpe-waitlisted", PeopleViews.statusClass("WAITLISTED"));
    }

    @Test
    void timesAreInTheWorkshopsZoneAndTheReadersLanguage() {
        OffsetDateTime at = OffsetDateTime.parse("2026-12-03T04:00:00Z");
        assertEquals("3 Dec 2026, 09:30", PeopleViews.when(at, ZoneId.of("Asia/Kolkata"), "en"));
        assertEquals("", PeopleViews.when(null, ZoneId.of("Asia/Kolkata"), "en"));
        assertNull(PeopleViews.uuid("not-an-id"));
    }
}
