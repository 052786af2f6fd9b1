package org.convene.portal.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Question;
import org.convene.portal.client.Registration;

/** The form that changes one's own registration: name, organisation, answers to the questions, consent. */
public record ChangeForm(String fullName, String organisation, Map<String, List<String>> answers, boolean listed) {

    public ChangeForm {
        fullName = fullName == null ? "" : fullName.strip();
        organisation = organisation == null ? "" : organisation.strip();
        answers = answers == null ? Map.of() : answers;
    }

    public static ChangeForm of(Registration registration) {
        return new ChangeForm(registration.fullName(), registration.organisation(),
                QuestionFields.values(registration.answers()), registration.listed());
    }

    public static ChangeForm of(MultivaluedMap<String, String> form, List<Question> questions) {
        return new ChangeForm(form.getFirst("fullName"), form.getFirst("organisation"),
                QuestionFields.values(questions, form), "true".equals(form.getFirst("listed")));
    }

    /**
     * The JSON merge patch (RFC 7396): every field of the form, an emptied organisation or answer as null (which
     * removes it).
     */
    public Map<String, Object> mergePatch(List<Question> questions) {
        Map<String, Object> typed = QuestionFields.answers(questions, answers);
        Map<String, Object> patchedAnswers = new LinkedHashMap<>();
        for (Question question : questions) {
            patchedAnswers.put(question.key(), typed.get(question.key()));
        }
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("fullName", fullName);
        patch.put("organisation", organisation.isEmpty() ? null : organisation);
        if (!questions.isEmpty()) {
            patch.put("answers", patchedAnswers);
        }
        patch.put("listed", listed);
        return patch;
    }
}
