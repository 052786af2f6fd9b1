package org.convene.registration.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.convene.registration.config.IanaTimeZone;
import org.convene.platform.validation.PlainText;
import org.convene.platform.validation.YearBetween;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workshop's settings: the body of a create, and what a merge patch is applied to. */
@Schema(name = "WorkshopRequest")
public record WorkshopRequest(
        @Schema(example = "Heat resilience for frontline practitioners")
        @NotBlank @Size(max = 200) @PlainText String title,
        @Schema(example = "Two days of practice exchange on heat action plans.")
        @Size(max = 10_000) @PlainText(multiline = true) String description,
        @Schema(example = "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20") @NotNull UUID hostCityId,
        @Schema(example = "Town Hall, 5 S.N. Banerjee Road, Kolkata") @Size(max = 500) @PlainText String venue,
        @Schema(description = "IANA time zone of the workshop", example = "Asia/Kolkata") @NotBlank @IanaTimeZone String timezone,
        @Schema(description = WHEN, example = "2026-12-03T09:30:00+05:30")
        @NotNull @YearBetween(min = MIN_YEAR, max = MAX_YEAR) OffsetDateTime startsAt,
        @Schema(description = WHEN, example = "2026-12-04T17:00:00+05:30")
        @NotNull @YearBetween(min = MIN_YEAR, max = MAX_YEAR) OffsetDateTime endsAt,
        @Schema(example = "30", minimum = "1", maximum = "100000") @NotNull @Min(1) @Max(100_000) Integer capacity,
        @Schema(description = "Sign-ups open at; null: at once. " + WHEN, example = "2026-11-25T00:00:00+05:30")
        @YearBetween(min = MIN_YEAR, max = MAX_YEAR) OffsetDateTime registrationOpensAt,
        @Schema(description = "Sign-ups close at; null: at the end of the workshop. " + WHEN,
                example = "2026-12-01T23:59:00+05:30")
        @YearBetween(min = MIN_YEAR, max = MAX_YEAR) OffsetDateTime registrationClosesAt,
        @Schema(description = "Sign-ups beyond capacity join a waitlist (default true)", example = "true") Boolean waitlistEnabled,
        @Schema(description = "OPEN (default): anyone signs up; APPROVAL: sign-ups are PENDING applications an"
                + " organiser approves or rejects; INVITATION: invited people only (public sign-up 403)",
                enumeration = {"OPEN", "APPROVAL", "INVITATION"}, example = "APPROVAL")
        @Pattern(regexp = "OPEN|APPROVAL|INVITATION", message = "must be OPEN, APPROVAL or INVITATION") String admission,
        @Schema(description = "Up to 30 questions of the sign-up form. With active registrations: labels, help and"
                + " new optional questions may change freely; a changed type, a question made required, a new"
                + " required question or a removed option some answer chose is 422 questions-in-use")
        @Valid @Size(max = 30) List<QuestionRequest> questions,
        @Schema(description = "Seats per city or country; null: none", nullable = true) @Valid SeatAllocationRequest seatAllocation) {

    /** The sane window of a workshop's times: a year outside it is a 400 naming the field. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2200;
    static final String WHEN = "RFC 3339, in the years 2000 to 2200";
}
