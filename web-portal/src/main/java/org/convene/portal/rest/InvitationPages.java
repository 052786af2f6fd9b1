package org.convene.portal.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.convene.portal.client.Invitation;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.client.SignUp;
import org.convene.portal.client.Workshop;
import org.convene.portal.service.Registrations;
import org.jboss.resteasy.reactive.RestForm;

import io.smallrye.common.annotation.Blocking;

/**
 * The invitee's page, reached by the links of the invitation email ({@code ?token=&answer=accept|decline}): the
 * workshop, an accept button and a decline form with an optional reason. Accepting shows the result of the sign-up
 * it makes (with the manage link); declining comes back to this page, which then says so. A revoked invitation or an
 * expired link shows its own page (410, ErrorPages); a wrong token the "this link does not work" page.
 */
@Path("/invitations/{id}")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@Blocking
public class InvitationPages {

    static final int MAX_REASON = 2000;

    @Inject
    Registrations registrations;

    @Inject
    Visit visit;

    @GET
    public Response invitation(@PathParam("id") String id, @QueryParam("token") String token,
            @QueryParam("answer") String answer) {
        UUID invitationId = Links.id(id);
        String invitationToken = Links.token(token);
        Invitation invitation = Links.withToken(() -> registrations.invitation(invitationId, invitationToken));
        return page(200, invitation, invitationToken, "decline".equals(answer), null, null);
    }

    @POST
    @Path("accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") String id, MultivaluedMap<String, String> sent) {
        UUID invitationId = Links.id(id);
        String invitationToken = Links.token(sent.getFirst("token"));
        Invitation invitation = Links.withToken(() -> registrations.invitation(invitationId, invitationToken));
        Workshop workshop = registrations.workshop(invitation.workshopId());
        Map<String, List<String>> values = QuestionFields.values(workshop.questions(), sent);
        boolean listed = "true".equals(sent.getFirst("listed"));
        SignUp signUp;
        try {
            signUp = Links.withToken(() -> registrations.acceptInvitation(invitationId, invitationToken,
                    QuestionFields.answers(workshop.questions(), values), listed));
        } catch (ServiceProblem e) {
            if (e.status() == 410) {
                throw e;
            }
            if (e.status() == 400) { // an answer that does not fit its question: beside the question
                return page(400, invitation, workshop, invitationToken, false, null, values, listed,
                        FormErrors.ofSignUp(e.problem(), visit.messages()), null);
            }
            // full without waitlist, closed, already registered: said on the page itself
            String detail = e.problem().detail() != null ? e.problem().detail() : e.problem().title();
            return page(e.status(), invitation, workshop, invitationToken, false, null, values, listed,
                    FormErrors.none(), visit.messages().invitation_refused(detail));
        }
        String manageUrl = Links.registration(signUp.id(), signUp.manageToken());
        return Response.ok(visit.page(Templates.signedUp(workshop, signUp, invitation.email(), manageUrl))).build();
    }

    @POST
    @Path("decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, @RestForm String token, @RestForm String reason) {
        UUID invitationId = Links.id(id);
        String invitationToken = Links.token(token);
        String given = reason == null || reason.isBlank() ? null : reason.strip();
        if (given != null && given.length() > MAX_REASON) {
            Invitation invitation = Links.withToken(() -> registrations.invitation(invitationId, invitationToken));
            return page(400, invitation, invitationToken, true, given, visit.messages().error_reason());
        }
        try {
            Links.withToken(() -> registrations.declineInvitation(invitationId, invitationToken, given));
        } catch (ServiceProblem e) {
            if (e.status() == 410) {
                throw e;
            }
            Invitation invitation = Links.withToken(() -> registrations.invitation(invitationId, invitationToken));
            String message = e.status() == 400 ? visit.messages().error_reason()
                    : visit.messages().invitation_refused(e.problem().detail());
            return page(e.status(), invitation, invitationToken, true, given, message);
        }
        return Response.seeOther(URI.create(Links.invitation(invitationId, invitationToken))).build();
    }

    private Response page(int status, Invitation invitation, String token, boolean declineFirst, String reason,
            String error) {
        return page(status, invitation, registrations.workshop(invitation.workshopId()), token, declineFirst, reason,
                Map.of(), false, FormErrors.none(), error);
    }

    private Response page(int status, Invitation invitation, Workshop workshop, String token, boolean declineFirst,
            String reason, Map<String, List<String>> values, boolean listed, FormErrors errors, String error) {
        List<String> order = new ArrayList<>();
        workshop.questions().forEach(q -> order.add(QuestionFields.name(q)));
        List<QuestionFields.Field> questions = QuestionFields.fields(workshop.questions(), visit.lang(), values, errors);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(Templates.invitation(invitation, workshop, token, declineFirst, reason, error,
                        questions, listed, QuestionFields.labelled(errors.summary(order), questions))))
                .build();
    }
}
