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
import org.convene.registration.rest.WorkshopRequest;
import org.convene.registration.rest.WorkshopView;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Entity → API view, and workshop → the request a merge patch is applied to. */
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

    /** The workshop's editable settings, in the shape of a create request. */
    public static WorkshopRequest settings(Workshop w) {
        return new WorkshopRequest(w.title, w.description, w.hostCityId, w.venue, w.timezone,
                local(w.startsAt, w.timezone), local(w.endsAt, w.timezone), w.capacity,
                local(w.registrationOpensAt, w.timezone), local(w.registrationClosesAt, w.timezone),
                w.waitlistEnabled, w.admission.name(), w.questions == null ? null : questions(w), allocation(w));
    }
}
