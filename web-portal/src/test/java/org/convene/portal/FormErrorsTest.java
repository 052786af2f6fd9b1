package org.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.convene.portal.client.Problem;
import org.convene.portal.rest.FormErrors;
import org.convene.portal.rest.Messages;
import org.convene.portal.rest.SignUpForm;
import org.junit.jupiter.api.Test;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.test.junit.QuarkusTest;

/** The API's problems, as the sign-up form shows them: beside the field they name, and in the summary. */
@QuarkusTest
class FormErrorsTest {

    static final String VALIDATION = "https://convene.example/problems/validation";

    Messages english() {
        return MessageBundles.get(Messages.class);
    }

    Messages bengali() {
        return MessageBundles.get(Messages.class, Localized.Literal.of("bn"));
    }

    @Test
    void validationErrorsGoBesideTheirFieldsInTheVisitorsLanguage() {
        Problem problem = new Problem(VALIDATION, "Invalid input", 400, "2 fields are invalid", List.of(
                new Problem.FieldError("email", "must be a well-formed email address"),
                new Problem.FieldError("fullName", "must not be blank")));

        FormErrors errors = FormErrors.ofSignUp(problem, english());
        assertEquals("Enter your full name", errors.of("fullName"));
        assertEquals("Enter an email address like name@example.org", errors.of("email"));
        assertNull(errors.of("cityId"));
        // the summary follows the form's order, not the API's
        assertEquals(List.of(new FormErrors.Line("fullName", "Enter your full name"),
                new FormErrors.Line("email", "Enter an email address like name@example.org")),
                errors.summary(SignUpForm.FIELDS));

        FormErrors bengali = FormErrors.ofSignUp(problem, bengali());
        assertEquals("আপনার পুরো নাম লিখুন", bengali.of("fullName"));
    }

    @Test
    void businessRulesNameTheirFieldOrTheWholeForm() {
        FormErrors conflict = FormErrors.ofSignUp(new Problem("https://convene.example/problems/conflict", "Conflict",
                409, "a@example.org is already registered for this workshop", null), english());
        assertTrue(conflict.of("email").startsWith("This email address is already registered"));

        FormErrors city = FormErrors.ofSignUp(new Problem("https://convene.example/problems/unknown-city",
                "Unknown city", 422, "cityId ... is not a city of the directory", null), english());
        assertEquals("Choose a city from the list", city.of("cityId"));

        FormErrors closed = FormErrors.ofSignUp(new Problem("https://convene.example/problems/registration-closed",
                "Registration closed", 422, "registration closed at ...", null), bengali());
        assertEquals(List.of(new FormErrors.Line(null, "এই কর্মশালার নিবন্ধন বন্ধ হয়ে গেছে।")),
                closed.summary(SignUpForm.FIELDS));

        FormErrors full = FormErrors.ofSignUp(new Problem("https://convene.example/problems/workshop-full",
                "Workshop full", 422, "all 30 seats are taken", null), english());
        assertEquals("This workshop is full and has no waitlist.", full.summary(SignUpForm.FIELDS).get(0).text());
    }

    @Test
    void answersAndUnknownFieldsKeepTheAPIsWords() {
        Problem problem = new Problem(VALIDATION, "Invalid input", 400, "2 fields are invalid", List.of(
                new Problem.FieldError("answers[dietary].<map value>", "size must be between 0 and 2000"),
                new Problem.FieldError("memberId", "not a UUID")));
        FormErrors errors = FormErrors.ofSignUp(problem, english());
        assertEquals("size must be between 0 and 2000", errors.of("answers.dietary"));
        assertFalse(errors.has("memberId"));
        assertEquals(List.of(new FormErrors.Line(null, "memberId: not a UUID"),
                new FormErrors.Line("answers.dietary", "size must be between 0 and 2000")),
                errors.summary(SignUpForm.FIELDS));
    }

    @Test
    void aProblemWithoutFieldsShowsItsDetail() {
        FormErrors errors = FormErrors.ofSignUp(new Problem(VALIDATION, "Invalid input", 400,
                "the body cannot be read", null), english());
        assertEquals(List.of(new FormErrors.Line(null, "the body cannot be read")), errors.summary(SignUpForm.FIELDS));
    }
}
