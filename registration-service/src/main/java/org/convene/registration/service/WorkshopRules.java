package org.convene.registration.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;

/** Rules across fields of a workshop's settings, beyond what the annotations check; a breach is a 400 naming them. */
final class WorkshopRules {

    private WorkshopRules() {
    }

    /** Overrides name groups of the allocation's kind: a city id (CITY) or an ISO 3166-1 alpha-2 code (COUNTRY). */
    private static void allocation(WorkshopDraft.Allocation allocation, List<Problem.FieldError> errors) {
        if (allocation == null || allocation.overrides() == null || allocation.by() == null) {
            return;
        }
        Set<String> countries = Set.of(Locale.getISOCountries());
        for (String group : allocation.overrides().keySet()) {
            boolean fits = "COUNTRY".equals(allocation.by()) ? countries.contains(group) : isUuid(group);
            if (!fits) {
                errors.add(new Problem.FieldError("seatAllocation.overrides." + group, "CITY".equals(allocation.by())
                        ? "must be a city id" : "must be an ISO 3166-1 alpha-2 country code"));
            }
        }
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static void check(WorkshopDraft request) {
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
        QuestionRules.check(request.questions(), errors);
        allocation(request.seatAllocation(), errors);
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid";
            throw new ProblemException(400, "validation", "Invalid input", detail, errors, Map.of());
        }
    }
}
