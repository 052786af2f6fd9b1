package org.convene.portal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Question;
import org.convene.portal.client.Registration;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The questions as form fields and back: the API's typed answers, the answers in words, the merge patch. */
@QuarkusTest
class QuestionFieldsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static List<Question> questions() throws Exception {
        return List.of(JSON.readValue("""
                [{"key": "diet", "type": "CHOICE", "required": true, "label": {"en": "Diet", "bn": "খাদ্য"},
                  "options": [{"key": "vegetarian", "label": {"en": "Vegetarian", "bn": "নিরামিষ"}},
                              {"key": "none", "label": "No preference"}]},
                 {"key": "topics", "type": "MULTI_CHOICE", "label": "Topics",
                  "options": [{"key": "heat", "label": "Heat"}, {"key": "flood", "label": "Flood"}]},
                 {"key": "visa", "type": "BOOLEAN", "label": "I need a visa letter"},
                 {"key": "nights", "type": "NUMBER", "label": "Nights"},
                 {"key": "arrival", "type": "DATE", "label": "Arrival"}]
                """, Question[].class));
    }

    @Test
    void theFormsValuesBecomeTheApisTypedAnswers() throws Exception {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("answers.diet", "vegetarian");
        form.addAll("answers.topics", "heat", "flood");
        form.add("answers.visa", "true");
        form.add("answers.nights", "3");
        form.add("answers.arrival", " ");
        form.add("answers.unknown", "ignored");
        Map<String, Object> answers = QuestionFields.answers(questions(), QuestionFields.values(questions(), form));
        assertEquals("vegetarian", answers.get("diet"));
        assertEquals(List.of("heat", "flood"), answers.get("topics"));
        assertEquals(Boolean.TRUE, answers.get("visa"));
        assertEquals(new BigDecimal("3"), answers.get("nights"));
        assertFalse(answers.containsKey("arrival"), "a blank answer is no answer");
        assertFalse(answers.containsKey("unknown"));

        // not a number: sent as typed, so that the API names the field in its 400
        form.putSingle("answers.nights", "three");
        assertEquals("three", QuestionFields.answers(questions(), QuestionFields.values(questions(), form)).get("nights"));
    }

    @Test
    void fieldsAndAnswersAreInTheReadersLanguage() throws Exception {
        Map<String, JsonNode> given = Map.of("diet", JSON.readTree("\"vegetarian\""),
                "topics", JSON.readTree("[\"flood\"]"), "visa", JSON.readTree("true"));
        List<QuestionFields.Field> fields = QuestionFields.fields(questions(), "bn", QuestionFields.values(given),
                FormErrors.none().field("answers.nights", "must be a number"));
        assertEquals("খাদ্য", fields.get(0).label());
        assertEquals("answers.diet", fields.get(0).name());
        assertTrue(fields.get(0).required());
        assertTrue(fields.get(0).choices().get(0).checked());
        assertEquals("নিরামিষ", fields.get(0).choices().get(0).label());
        assertEquals("No preference", fields.get(0).choices().get(1).label(), "a plain label serves every language");
        assertTrue(fields.get(2).checked());
        assertEquals("must be a number", fields.get(3).error());

        Messages messages = Visit.messagesIn("en");
        List<QuestionFields.Line> lines = QuestionFields.lines(questions(), given, "en", messages);
        assertEquals(List.of(new QuestionFields.Line("Diet", "Vegetarian"), new QuestionFields.Line("Topics", "Flood"),
                new QuestionFields.Line("I need a visa letter", "Yes")), lines);
    }

    @Test
    void theChangeIsAMergePatchThatRemovesEmptiedAnswers() throws Exception {
        Registration registration = new Registration(null, null, "CONFIRMED", null, "Mitali Ghosh", "m@kmc.example",
                "KMC", Map.of("diet", JSON.readTree("\"none\""), "nights", JSON.readTree("2")), true, null, null,
                null);
        ChangeForm before = ChangeForm.of(registration);
        assertEquals(List.of("2"), before.answers().get("nights"));
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("fullName", " Mitali Ghosh ");
        form.add("organisation", "");
        form.add("answers.diet", "vegetarian");
        Map<String, Object> patch = ChangeForm.of(form, questions()).mergePatch(questions());
        assertEquals("Mitali Ghosh", patch.get("fullName"));
        assertTrue(patch.containsKey("organisation"));
        assertNull(patch.get("organisation"), "an emptied organisation is removed");
        assertEquals(Boolean.FALSE, patch.get("listed"));
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) patch.get("answers");
        assertEquals("vegetarian", answers.get("diet"));
        assertTrue(answers.containsKey("nights"));
        assertNull(answers.get("nights"), "an emptied answer is removed");
    }
}
