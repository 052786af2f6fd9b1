package org.convene.registration.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.convene.platform.Roles;
import org.convene.platform.problem.Problem;
import org.convene.registration.mapping.RegistrationMapper;
import org.convene.registration.service.RegistrationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An organiser's decision on an application (admission APPROVAL): approve or reject. */
@Path("/api/v1/registrations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations")
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = Roles.SECURITY_SCHEME)
public class ApplicationDecisionResource {

    @Inject
    RegistrationService service;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @POST
    @Path("/approve")
    @Operation(summary = "Approve a pending application",
            description = "PENDING → CONFIRMED when the workshop and the applicant's allocation group have room, else"
                    + " WAITLISTED at the end of the one waitlist: the seat rules of a sign-up, in approval order."
                    + " Publishes registration.approved (the applicant gets the usual confirmation or waitlisted"
                    + " email).")
    @APIResponse(responseCode = "200", description = "The registration, now CONFIRMED or WAITLISTED",
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "approved", value = AdmissionExamples.APPROVED)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Not PENDING, or no room and no waitlist",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "not pending", value = AdmissionExamples.PROBLEM_422_NOT_PENDING),
                            @ExampleObject(name = "full", value = Examples.PROBLEM_422_FULL)}))
    public RegistrationView approve(@PathParam("id") UUID id) {
        return RegistrationMapper.view(service.approve(id));
    }

    @POST
    @Path("/reject")
    @Operation(summary = "Reject an application or a waitlisted registration",
            description = "PENDING or WAITLISTED → REJECTED; a waitlisted one leaves the waitlist and everyone behind"
                    + " moves up. Publishes registration.rejected with the reason, which the applicant is emailed."
                    + " The body is optional.")
    @APIResponse(responseCode = "200", description = "The registration, now REJECTED",
            content = @Content(schema = @Schema(implementation = RegistrationView.class),
                    examples = @ExampleObject(name = "rejected", value = AdmissionExamples.REJECTED)))
    @APIResponse(responseCode = "400", description = "The reason is too long or not plain text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_404)))
    @APIResponse(responseCode = "422", description = "Neither PENDING nor WAITLISTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "confirmed", value = AdmissionExamples.PROBLEM_422_NOT_REJECTABLE)))
    public RegistrationView reject(@PathParam("id") UUID id,
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RejectRequest.class),
                    examples = @ExampleObject(name = "with a reason", value = AdmissionExamples.REJECT_REQUEST)))
            String body) throws JsonProcessingException {
        // read by hand: a POST without any body (or Content-Type) is a rejection without a reason
        // (a JSON null: no reason either)
        RejectRequest request = OptionalBody.read(mapper, validator, body, RejectRequest.class,
                () -> new RejectRequest(null));
        return RegistrationMapper.view(service.reject(id, request.reason()));
    }
}
