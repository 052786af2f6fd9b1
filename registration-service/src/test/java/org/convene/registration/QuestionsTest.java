package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Questions with typed answers: definitions and answers are validated, and edits respect existing answers. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class QuestionsTest {

    static final List<Map<String, Object>> FORM = List.of(
            Map.of("key", "diet", "label", Map.of("en", "Diet", "bn", "খাদ্য"), "type", "CHOICE", "required", true,
                    "options", List.of(Map.of("key", "vegetarian", "label", "Vegetarian"),
                            Map.of("key", "halal", "label", "Halal"), Map.of("key", "none", "label", "None"))),
            Map.of("key", "arrival", "label", "Arrival", "type", "DATE"),
            Map.of("key", "visa-letter", "label", "Visa letter needed", "type", "BOOLEAN"),
            Map.of("key", "sessions", "label", "Sessions", "type", "MULTI_CHOICE",
                    "options", List.of(Map.of("key", "heat", "label", "Heat"), Map.of("key", "flood", "label", "Flood"))),
            Map.of("key", "nights", "label", "Nights", "type", "NUMBER"),
            Map.of("key", "passport", "label", "Passport country", "type", "COUNTRY", "help", "ISO code"));

    @Test
    void questionDefinitionsAreValidated() {
        Map<String, Object> body = Fixtures.workshopBody(10);
        body.put("questions", List.of(
                Map.of("key", "diet", "label", "Diet", "type", "CHOICE"),
                Map.of("key", "diet", "label", "Again", "type", "COLOUR"),
                Map.of("key", "stay", "label", Map.of("en", 3), "type", "TEXT",
                        "options", List.of(Map.of("key", "a", "label", "A")))));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/workshops").then()
                .statusCode(400).body("errors.field", hasItems("questions[0].options", "questions[1].key",
                        "questions[1].type", "questions[2].options", "questions[2].label.en"));
        body.put("questions", List.of(Map.of("key", "Bad Key", "label", "Bad", "type", "TEXT")));
        given().auth().oauth2(TOKEN).contentType(ContentType.JSON).body(body).post("/api/v1/workshops").then()
                .statusCode(400).body("errors.field", equalTo(List.of("questions[0].key")));
    }

    @Test
    void answersAreTypedJsonValuesCheckedAgainstTheQuestions() {
        String workshop = Fixtures.openWorkshop(form());
        Map<String, Object> good = answers(Map.of("diet", "halal", "arrival", "2027-03-02", "visa-letter", true,
                "sessions", List.of("heat", "flood"), "nights", 2, "passport", "BD"));
        Map<String, Object> registration = Fixtures.signUp(workshop, good);
        given().auth().oauth2(TOKEN).get("/api/v1/registrations/" + registration.get("id")).then().statusCode(200)
                .body("answers.visa-letter", equalTo(true)).body("answers.nights", equalTo(2))
                .body("answers.sessions", equalTo(List.of("heat", "flood")));
        // the roster has one column per question
        String csv = given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/roster").then()
                .statusCode(200).extract().asString();
        String[] lines = csv.replace("\uFEFF", "").split("\r\n");
        assertEquals("registration id,status,waitlist position,full name,email,city,country,organisation,"
                + "registered at,checked in at,answers,diet,arrival,visa-letter,sessions,nights,passport", lines[0]);
        assertTrue(lines[1].endsWith(",halal,2027-03-02,true,heat; flood,2,BD"), lines[1]);

        refused(workshop, Map.of("arrival", "2027-03-02"), "answers.diet"); // required
        refused(workshop, Map.of("diet", "vegan"), "answers.diet"); // unknown option
        refused(workshop, Map.of("diet", "none", "shoe-size", "42"), "answers.shoe-size"); // unknown question
        refused(workshop, Map.of("diet", "none", "visa-letter", "yes"), "answers.visa-letter");
        refused(workshop, Map.of("diet", "none", "arrival", "2027-02-30"), "answers.arrival");
        refused(workshop, Map.of("diet", "none", "sessions", List.of("heat", "heat")), "answers.sessions");
        refused(workshop, Map.of("diet", "none", "nights", "two"), "answers.nights");
        refused(workshop, Map.of("diet", "none", "passport", "XX"), "answers.passport");
    }

    @Test
    void editingQuestionsKeepsExistingAnswersValid() {
        String workshop = Fixtures.openWorkshop(form());
        Fixtures.signUp(workshop, answers(Map.of("diet", "vegetarian")));

        // changing a type, or removing an option someone chose, is refused
        List<Object> typeChanged = new java.util.ArrayList<>(FORM);
        typeChanged.set(2, Map.of("key", "visa-letter", "label", "Visa letter", "type", "TEXT"));
        inUse(workshop, typeChanged);
        List<Object> chosenRemoved = new java.util.ArrayList<>(FORM);
        chosenRemoved.set(0, Map.of("key", "diet", "label", "Diet", "type", "CHOICE", "required", true,
                "options", List.of(Map.of("key", "halal", "label", "Halal"))));
        inUse(workshop, chosenRemoved);
        List<Object> newRequired = new java.util.ArrayList<>(FORM);
        newRequired.add(Map.of("key", "t-shirt", "label", "T-shirt", "type", "TEXT", "required", true));
        inUse(workshop, newRequired);

        // relabelling, removing an option nobody chose, and adding an optional question are fine
        List<Object> fine = new java.util.ArrayList<>(FORM);
        fine.set(0, Map.of("key", "diet", "label", "Food", "type", "CHOICE", "required", true,
                "options", List.of(Map.of("key", "vegetarian", "label", "Veg"), Map.of("key", "none", "label", "No"))));
        fine.add(Map.of("key", "t-shirt", "label", "T-shirt", "type", "TEXT"));
        SeatAllocationTest.patch(workshop, Map.of("questions", fine)).then().statusCode(200)
                .body("questions.key", hasItem("t-shirt")).body("questions[0].options.key",
                        equalTo(List.of("vegetarian", "none")));
    }

    private static Map<String, Object> form() {
        Map<String, Object> body = Fixtures.workshopBody(10);
        body.put("questions", FORM);
        return body;
    }

    private static Map<String, Object> answers(Map<String, Object> answers) {
        Map<String, Object> body = new HashMap<>(Fixtures.attendee("Answering Attendee"));
        body.put("answers", answers);
        return body;
    }

    private static void refused(String workshop, Map<String, Object> answers, String field) {
        given().contentType(ContentType.JSON).body(answers(answers))
                .post("/api/v1/workshops/" + workshop + "/registrations").then().statusCode(400)
                .body("errors.field", equalTo(List.of(field)));
    }

    private static void inUse(String workshop, List<Object> questions) {
        SeatAllocationTest.patch(workshop, Map.of("questions", questions)).then().statusCode(422)
                .body("type", equalTo("https://convene.example/problems/questions-in-use"));
    }
}
