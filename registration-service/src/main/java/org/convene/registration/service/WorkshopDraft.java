package org.convene.registration.service;

import static org.convene.registration.mapping.Times.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.convene.registration.domain.Workshop;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A workshop's editable settings, as the service takes them: what a create sets and a change replaces. The values are
 * checked against their annotations by the API before they get here; {@link WorkshopRules} checks the rest.
 *
 * @param admission OPEN, APPROVAL or INVITATION; null: OPEN
 * @param questions the sign-up form; null or empty: none
 * @param seatAllocation null: none
 */
public record WorkshopDraft(String title, String description, UUID hostCityId, String venue, String timezone,
        OffsetDateTime startsAt, OffsetDateTime endsAt, Integer capacity, OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt, Boolean waitlistEnabled, String admission, List<Question> questions,
        Allocation seatAllocation) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One question of the sign-up form, stored as JSON in this shape (absent fields left out).
     *
     * @param label text, or an object language → text
     * @param help text, or an object language → text
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(String key, JsonNode label, String type, Boolean required, List<Option> options,
            JsonNode help) {
    }

    /** An option of a CHOICE or MULTI_CHOICE question. */
    public record Option(String key, JsonNode label) {
    }

    /**
     * Seats kept per city or per country until releaseAt.
     *
     * @param by CITY or COUNTRY
     * @param overrides city id (CITY) or ISO 3166-1 alpha-2 code (COUNTRY) → its own limit
     */
    public record Allocation(String by, Integer seatsPerGroup, Map<String, Integer> overrides,
            OffsetDateTime releaseAt) {
    }

    /** The workshop's settings as they are, its times in its own time zone. */
    public static WorkshopDraft of(Workshop w) {
        return new WorkshopDraft(w.title, w.description, w.hostCityId, w.venue, w.timezone,
                local(w.startsAt, w.timezone), local(w.endsAt, w.timezone), w.capacity,
                local(w.registrationOpensAt, w.timezone), local(w.registrationClosesAt, w.timezone),
                w.waitlistEnabled, w.admission.name(), questions(w.questions), allocation(w));
    }

    /** The stored questions, or null when there are none. */
    static List<Question> questions(JsonNode stored) {
        if (stored == null) {
            return null;
        }
        try {
            return JSON.readerForListOf(Question.class).readValue(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Allocation allocation(Workshop w) {
        return w.allocationBy == null ? null
                : new Allocation(w.allocationBy.name(), w.seatsPerGroup,
                        w.seatOverrides == null ? null : new TreeMap<>(w.seatOverrides),
                        local(w.allocationReleaseAt, w.timezone));
    }
}
