package org.convene.registration.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;
import org.convene.registration.rest.WorkshopRequest;

/** Rules across fields of a workshop's settings, beyond what the annotations check; a breach is a 400 naming them. */
final class WorkshopRules {

    private WorkshopRules() {
    }

    static void check(WorkshopRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            errors.add(new Problem.FieldError("endsAt", "must be after startsAt"));
        }
        if (request.registrationOpensAt() != null && request.registrationClosesAt() != null
                && !request.registrationClosesAt().isAfter(request.registrationOpensAt())) {
            errors.add(new Problem.FieldError("registrationClosesAt", "must be after registrationOpensAt"));
        }
        if (request.registrationClosesAt() != null && request.endsAt() != null
                && request.registrationClosesAt().isAfter(request.endsAt())) {
            errors.add(new Problem.FieldError("registrationClosesAt", "must not be after endsAt"));
        }
        if (request.registrationOpensAt() != null && request.endsAt() != null
                && !request.registrationOpensAt().isBefore(request.endsAt())) {
            errors.add(new Problem.FieldError("registrationOpensAt", "must be before endsAt"));
        }
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid";
            throw new ProblemException(400, "validation", "Invalid input", detail, errors, Map.of());
        }
    }
}
