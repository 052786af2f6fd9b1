package org.convene.registration.mapping;

import static org.convene.registration.mapping.Times.local;
import static org.convene.registration.mapping.Times.utc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

import org.convene.registration.domain.Registration;
import org.convene.registration.domain.Workshop;
import org.convene.registration.domain.WorkshopStatus;
import org.convene.registration.rest.QuestionRequest;
import org.convene.registration.rest.RegistrationView;
import org.convene.registration.rest.SeatAllocationRequest;
import org.convene.registration.rest.SeatsView;
import org.convene.registration.rest.SignUpView;
import org.convene.registration.rest.WorkshopRequest;
import org.convene.registration.rest.WorkshopView;
import org.convene.registration.service.SeatsOverview;
import org.convene.registration.service.SignUpAnswer;
import org.convene.registration.service.WorkshopDraft;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Entity or service result → API view, API request → the service's workshop settings, and those settings → the
 * request a merge patch is applied to.
 */
public final class RegistrationMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistrationMapper() {
    }

    public static WorkshopView view(Workshop w) {
        Instant now = Times.now();
        boolean open = w.status == WorkshopStatus.OPEN
                && (w.registrationOpensAt == null || !now.isBefore(w.registrationOpensAt))
                && now.isBefore(w.effectiveRegistrationClosesAt())
                && (w.seatsLeft() > 0 || w.waitlistEnabled);
        return new WorkshopView(w.id, w.title, w.description, w.hostCityId, w.venue, w.timezone,
                local(w.startsAt, w.timezone), local(w.endsAt, w.timezone), w.capacity, w.confirmedCount,
                w.waitlistCount, w.seatsLeft(), w.attendanceCount, w.status.name(), open,
                local(w.registrationOpensAt, w.timezone), local(w.registrationClosesAt, w.timezone),
                w.waitlistEnabled, w.sequence, utc(w.publishedAt), utc(w.createdAt), utc(w.updatedAt),
                w.admission.name(), questions(w), allocation(w));
    }

    private static List<QuestionRequest> questions(Workshop w) {
        if (w.questions == null) {
            return List.of();
        }
        try {
            return JSON.readerForListOf(QuestionRequest.class).readValue(w.questions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SeatAllocationRequest allocation(Workshop w) {
        return w.allocationBy == null ? null
                : new SeatAllocationRequest(w.allocationBy.name(), w.seatsPerGroup,
                        w.seatOverrides == null ? null : new TreeMap<>(w.seatOverrides),
                        local(w.allocationReleaseAt, w.timezone));
    }

    public static RegistrationView view(Registration r) {
        return new RegistrationView(r.id, r.workshopId, r.status.name(), r.waitlistPosition, r.fullName, r.email,
                r.cityId, r.organisation, r.memberId, r.answers, utc(r.registeredAt), utc(r.confirmedAt),
                utc(r.cancelledAt), r.cancelledBy == null ? null : r.cancelledBy.name(), utc(r.checkedInAt),
                r.listed, r.rejectionReason);
    }

    public static SignUpView view(SignUpAnswer a) {
        return new SignUpView(a.id(), a.workshopId(), a.status(), a.waitlistPosition(), a.manageToken(),
                a.registeredAt());
    }

    public static SeatsView view(SeatsOverview s) {
        return new SeatsView(s.capacity(), s.confirmed(), s.waitlisted(), s.pending(), s.releaseAt(), s.released(),
                s.groups().stream().map(g -> new SeatsView.Group(g.key(), g.limit(), g.confirmed(), g.waitlisted()))
                        .toList());
    }

    /** A create request (or a patched one) as the service's settings. Lists keep their null entries. */
    public static WorkshopDraft draft(WorkshopRequest r) {
        return new WorkshopDraft(r.title(), r.description(), r.hostCityId(), r.venue(), r.timezone(), r.startsAt(),
                r.endsAt(), r.capacity(), r.registrationOpensAt(), r.registrationClosesAt(), r.waitlistEnabled(),
                r.admission(), r.questions() == null ? null : r.questions().stream().map(RegistrationMapper::draft)
                        .toList(),
                r.seatAllocation() == null ? null : new WorkshopDraft.Allocation(r.seatAllocation().by(),
                        r.seatAllocation().seatsPerGroup(), r.seatAllocation().overrides(),
                        r.seatAllocation().releaseAt()));
    }

    private static WorkshopDraft.Question draft(QuestionRequest q) {
        return q == null ? null : new WorkshopDraft.Question(q.key(), q.label(), q.type(), q.required(),
                q.options() == null ? null : q.options().stream()
                        .map(o -> o == null ? null : new WorkshopDraft.Option(o.key(), o.label())).toList(),
                q.help());
    }

    /** The workshop's editable settings, in the shape of a create request: what a merge patch is applied to. */
    public static WorkshopRequest request(WorkshopDraft d) {
        return new WorkshopRequest(d.title(), d.description(), d.hostCityId(), d.venue(), d.timezone(), d.startsAt(),
                d.endsAt(), d.capacity(), d.registrationOpensAt(), d.registrationClosesAt(), d.waitlistEnabled(),
                d.admission(), d.questions() == null ? null : d.questions().stream().map(RegistrationMapper::request)
                        .toList(),
                d.seatAllocation() == null ? null : new SeatAllocationRequest(d.seatAllocation().by(),
                        d.seatAllocation().seatsPerGroup(), d.seatAllocation().overrides(),
                        d.seatAllocation().releaseAt()));
    }

    private static QuestionRequest request(WorkshopDraft.Question q) {
        return q == null ? null : new QuestionRequest(q.key(), q.label(), q.type(), q.required(),
                q.options() == null ? null : q.options().stream()
                        .map(o -> o == null ? null : new QuestionRequest.Option(o.key(), o.label())).toList(),
                q.help());
    }
}
