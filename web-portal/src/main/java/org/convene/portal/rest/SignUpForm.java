package org.convene.portal.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Question;

import org.convene.portal.client.SignUpRequest;

/**
 * The sign-up form as the visitor filled it in (to show it again with its errors). Its fields are named as the API
 * names them; {@code idempotencyKey} makes a form sent twice (a double click, a reload of the result) one sign-up.
 */
public record SignUpForm(String fullName, String email, String cityId, String organisation, String idempotencyKey,
        Map<String, List<String>> answers, boolean listed) {

    /** The fields in the order the form shows them (the order of the error summary). */
    public static final List<String> FIELDS = List.of("fullName", "email", "cityId", "organisation");

    public static SignUpForm empty() {
        return new SignUpForm("", "", "", "", UUID.randomUUID().toString(), Map.of(), false);
    }

    /** The form as the browser sent it; {@code answers.<key>} fields for the workshop's questions. */
    public static SignUpForm of(MultivaluedMap<String, String> form, List<Question> questions) {
        return new SignUpForm(form.getFirst("fullName"), form.getFirst("email"), form.getFirst("cityId"),
                form.getFirst("organisation"), form.getFirst("idempotencyKey"), QuestionFields.values(questions, form),
                "true".equals(form.getFirst("listed")));
    }

    /** The same answers again with a new idempotency key (the last one failed). */
    public SignUpForm retry() {
        return new SignUpForm(fullName, email, cityId, organisation, null, answers, listed);
    }

    public SignUpForm {
        fullName = fullName == null ? "" : fullName;
        email = email == null ? "" : email;
        cityId = cityId == null ? "" : cityId;
        organisation = organisation == null ? "" : organisation;
        idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : idempotencyKey;
        answers = answers == null ? Map.of() : answers;
    }

    /** The API's request; empty optional fields are left out. A city id that is not one stays null (see cityValid). */
    public SignUpRequest request(List<Question> questions) {
        Map<String, Object> typed = QuestionFields.answers(questions, answers);
        return new SignUpRequest(fullName, email, cityValid() ? parsedCity() : null,
                organisation.isBlank() ? null : organisation, typed.isEmpty() ? null : typed, listed ? true : null);
    }

    /** Empty, or a UUID (the select offers only cities; anything else was not sent by this form). */
    public boolean cityValid() {
        return cityId.isBlank() || parsedCity() != null;
    }

    private UUID parsedCity() {
        try {
            return cityId.isBlank() ? null : UUID.fromString(cityId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
