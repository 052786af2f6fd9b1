package org.convene.registration.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.ETags;
import org.convene.platform.rest.MergePatcher;
import org.convene.platform.security.SealedSecrets;
import org.convene.registration.domain.Registration;
import org.convene.registration.domain.Workshop;
import org.convene.registration.mapping.Times;
import org.convene.registration.messaging.EventPublisher;
import org.convene.registration.messaging.RegistrationEvents;
import org.convene.registration.repository.RegistrationRepository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** An attendee's own changes: a merge patch of their details, and the transfer of their place to a colleague. */
@ApplicationScoped
public class RegistrationChanges {

    @Inject
    RegistrationService access;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Seats seats;

    @Inject
    CityLookup cities;

    @Inject
    EventPublisher events;

    @Inject
    MergePatcher patcher;

    @Inject
    SealedSecrets secrets;

    @Inject
    ObjectMapper mapper;

    /**
     * JSON Merge Patch of fullName, organisation, answers (checked against the questions) and listed, if
     * {@code ifMatch} names the current ETag; publishes registration.updated.
     */
    public Registration patch(UUID id, Actor actor, String ifMatch, ObjectNode patch) {
        RegistrationRepository.Owner owner = access.authorize(id, actor);
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Times.now();
            Workshop workshop = seats.lock(owner.workshopId(), now);
            Registration registration = registrations.findById(id);
            ETags.require(ifMatch, registration.etag());
            if (!registration.isActive()) {
                throw ProblemException.rule("not-active", "Not active",
                        "a " + registration.status + " registration cannot be changed");
            }
            AttendeeDetails patched = patcher.apply(details(registration), patch, AttendeeDetails.class);
            ProblemException wrongAnswers = Answers.check(workshop.questions, patched.answers());
            if (wrongAnswers != null) {
                throw wrongAnswers;
            }
            registration.fullName = patched.fullName().trim();
            registration.organisation = patched.organisation();
            registration.answers = Answers.stored(patched.answers());
            registration.listed = Boolean.TRUE.equals(patched.listed());
            registration.revision++;
            events.registration(RegistrationEvents.REGISTRATION_UPDATED, registration, workshop);
            return registration;
        });
    }

    /**
     * Passes the registration (status, waitlist position) to a colleague of the same allocation group: 422 for
     * another group or an inactive registration, 409 when the colleague's email is already registered. The old
     * manage token stops working; registration.transferred carries the new one (sealed) for the colleague's email.
     */
    public Registration transfer(UUID id, Actor actor, TransferCommand command) {
        RegistrationRepository.Owner owner = access.authorize(id, actor);
        if (command.cityId() != null && !cities.knownWithDirectoryFallback(command.cityId())) {
            throw ProblemException.rule("unknown-city", "Unknown city",
                    "cityId " + command.cityId() + " is not a city of the directory");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Times.now();
            Workshop workshop = seats.lock(owner.workshopId(), now);
            Registration registration = registrations.findById(id);
            UUID cityId = command.cityId() != null ? command.cityId() : registration.cityId;
            if (workshop.allocationBy != null) {
                String group = cityId == null ? null : seats.groupKeys(workshop, List.of(cityId)).get(cityId);
                if (!Objects.equals(group, registration.seatGroup)) {
                    throw ProblemException.rule("transfer-outside-group", "Transfer outside the group",
                            "this seat is kept for " + workshop.allocationBy.name().toLowerCase(java.util.Locale.ROOT)
                                    + " " + registration.seatGroup + "; a colleague of the same group may take it");
                }
            }
            if (!registrations.withActiveRegistration(workshop.id, List.of(command.email())).isEmpty()) {
                throw ProblemException.conflict(command.email() + " is already registered for this workshop");
            }
            String token = SealedSecrets.newToken();
            Registration.Holder previous = registration.transferTo(command.fullName(), command.email(),
                    SealedSecrets.hash(token), secrets.seal(token));
            registration.cityId = cityId;
            events.transferred(registration, previous, workshop);
            return registration;
        });
    }

    private AttendeeDetails details(Registration registration) {
        Map<String, JsonNode> answers = registration.answers == null ? null
                : mapper.convertValue(registration.answers,
                        mapper.getTypeFactory().constructMapType(Map.class, String.class, JsonNode.class));
        return new AttendeeDetails(registration.fullName, registration.organisation, answers, registration.listed);
    }
}
