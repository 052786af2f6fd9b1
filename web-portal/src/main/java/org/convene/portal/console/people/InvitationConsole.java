package org.convene.portal.console.people;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
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

import org.convene.portal.client.City;
import org.convene.portal.client.Page;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.Organiser;
import org.convene.portal.rest.Visit;
import org.jboss.resteasy.reactive.RestForm;

import io.smallrye.common.annotation.Blocking;

/**
 * A workshop's invitations: the forms that invite (named people, a city, an organisation, members found in the
 * directory: the ways InviteRequest takes), and the table of who was invited, filtered by status, with decline
 * reasons, the answers of those who accepted, and revoking. After an invitation or a revocation, back to the page
 * (POST-redirect-GET) with what was done.
 */
@Path("/organiser/workshops/{id}/invitations")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class InvitationConsole {

    static final int PAGE = 25;
    static final int MEMBERS_FOUND = 50;
    static final Set<String> STATUSES = Set.of("PENDING", "ACCEPTED", "DECLINED", "REVOKED");
    /** Skip reasons carried back in the confirmation's link. */
    static final int MAX_SKIPS = 20;

    @Inject
    People people;

    @Inject
    Visit visit;

    /** What the page shows besides the list: the form (as sent, with errors), what was done, an error. */
    record State(InviteForm form, String done, String error) {
    }

    @GET
    public Response page(@PathParam("id") String id, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("find") String find,
            @QueryParam("created") Integer created, @QueryParam("already") Integer already,
            @QueryParam("skipped") String skipped, @QueryParam("revoked") String revoked) {
        UUID workshopId = PeopleLinks.id(id);
        PeopleMessages words = PeopleViews.words(visit.lang());
        ConsoleWorkshop workshop = people.workshop(workshopId);
        String done = null;
        if (created != null) {
            done = invited(created, already == null ? 0 : already, skipped, words);
        } else if (revoked != null) {
            done = words.done_revoked();
        }
        return render(200, workshop, status(status), PeopleLinks.cursor(cursor), find,
                new State(InviteForm.empty(), done, null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@PathParam("id") String id, MultivaluedMap<String, String> sent) {
        UUID workshopId = PeopleLinks.id(id);
        PeopleMessages words = PeopleViews.words(visit.lang());
        ConsoleWorkshop workshop = people.workshop(workshopId);
        InviteForm form = InviteForm.read(sent, words);
        String find = sent.getFirst("find");
        if (form.errors().any()) {
            return render(400, workshop, null, null, find, new State(form, null, null));
        }
        PeopleModel.InviteOutcome outcome;
        try {
            outcome = people.invite(workshopId, form.body(workshop.approval()));
        } catch (ServiceProblem e) {
            if (e.status() == 400) {
                form.refusedBy(e.problem(), words);
                return render(400, workshop, null, null, find, new State(form, null, null));
            }
            String detail = ConsoleProblems.detail(e);
            return render(e.status() == 404 ? 404 : 422, workshop, null, null, find,
                    new State(form, null, words.refused(detail)));
        }
        String reasons = outcome.skipped().stream().map(PeopleModel.InviteOutcome.Skipped::reason)
                .limit(MAX_SKIPS).collect(Collectors.joining(","));
        return Response.seeOther(URI.create(PeopleLinks.of(PeopleLinks.base(workshopId, "invitations"),
                "created", String.valueOf(outcome.created()), "already", String.valueOf(outcome.alreadyInvited()),
                "skipped", reasons))).build();
    }

    @POST
    @Path("{invitation}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") String id, @PathParam("invitation") String invitation,
            @RestForm String status, @RestForm String cursor) {
        UUID workshopId = PeopleLinks.id(id);
        UUID invitationId = PeopleLinks.id(invitation);
        PeopleMessages words = PeopleViews.words(visit.lang());
        ConsoleWorkshop workshop = people.workshop(workshopId);
        try {
            people.revoke(invitationId);
        } catch (ServiceProblem e) {
            String detail = ConsoleProblems.detail(e);
            return render(e.status() == 404 ? 404 : 422, workshop, status(status), PeopleLinks.cursor(cursor), null,
                    new State(InviteForm.empty(), null, words.revoke_refused(detail)));
        }
        return Response.seeOther(URI.create(PeopleLinks.of(PeopleLinks.base(workshopId, "invitations"),
                "revoked", "1", "status", status(status), "cursor", PeopleLinks.cursor(cursor)))).build();
    }

    static String invited(int created, int already, String skipped, PeopleMessages words) {
        List<String> reasons = skipped == null || skipped.isBlank() ? List.of()
                : List.of(skipped.split(",")).stream().limit(MAX_SKIPS).toList();
        String text = words.done_invited(created, already, reasons.size());
        if (reasons.isEmpty()) {
            return text;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        reasons.forEach(r -> counts.merge(PeopleViews.skipReason(r, words), 1, Integer::sum));
        return text + " " + words.done_skipped(counts.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", ")));
    }

    static String status(String status) {
        if (status == null) {
            return null;
        }
        String upper = status.strip().toUpperCase(Locale.ROOT);
        return STATUSES.contains(upper) ? upper : null;
    }

    private Response render(int code, ConsoleWorkshop workshop, String status, String cursor, String find,
            State state) {
        String lang = visit.lang();
        PeopleMessages words = PeopleViews.words(lang);
        InviteForm form = state.form();
        List<City> cities = people.citiesOrNone();
        Map<UUID, String> cityNames = new LinkedHashMap<>();
        cities.forEach(c -> cityNames.put(c.id(), c.name()));

        List<PeopleViews.Option> cityOptions = new ArrayList<>();
        cities.forEach(c -> cityOptions.add(new PeopleViews.Option(c.id().toString(), c.name(),
                c.id().toString().equals(form.cityId()))));
        List<PeopleViews.Option> organisationOptions = new ArrayList<>();
        people.organisationsOrNone().forEach(o -> organisationOptions.add(new PeopleViews.Option(o.id().toString(),
                o.cityId() != null && cityNames.get(o.cityId()) != null ? o.name() + " (" + cityNames.get(o.cityId()) + ")"
                        : o.name(), o.id().toString().equals(form.organisationId()))));

        String q = find == null ? "" : find.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        List<PeopleViews.Member> members = new ArrayList<>();
        boolean searchFailed = false;
        if (!q.isEmpty()) {
            Set<String> chosen = form.memberIds();
            List<PeopleModel.DirectoryMember> found = membersOrNull(q);
            searchFailed = found == null;
            for (PeopleModel.DirectoryMember m : found == null ? List.<PeopleModel.DirectoryMember>of() : found) {
                members.add(new PeopleViews.Member(m.id(), m.fullName(), m.email(),
                        m.cityId() == null ? "" : String.valueOf(cityNames.getOrDefault(m.cityId(), "")),
                        chosen.contains(m.id().toString())));
            }
        }

        Page<PeopleModel.InvitationItem> invitations = people.invitations(workshop.id(), status, PAGE, cursor);
        List<PeopleViews.InvitationRow> rows = new ArrayList<>();
        for (PeopleModel.InvitationItem i : invitations.items()) {
            List<PeopleViews.Answer> answers = List.of();
            if ("ACCEPTED".equals(i.status()) && i.registrationId() != null) {
                answers = answersOf(workshop, i.registrationId(), lang, words);
            }
            rows.add(new PeopleViews.InvitationRow(i.id(), i.fullName(), i.email(), PeopleViews.via(i.via(), words),
                    PeopleViews.invitationStatus(i.status(), words), PeopleViews.statusClass(i.status()),
                    PeopleViews.when(i.invitedAt(), workshop.zone(), lang),
                    answered(i, workshop, lang, words),
                    i.declineReason(), "DECLINED".equals(i.status()), answers, i.revocable()));
        }
        List<PeopleViews.Option> statusOptions = new ArrayList<>();
        statusOptions.add(new PeopleViews.Option("", words.all_statuses(), status == null));
        for (String s : List.of("PENDING", "ACCEPTED", "DECLINED", "REVOKED")) {
            statusOptions.add(new PeopleViews.Option(s, PeopleViews.invitationStatus(s, words), s.equals(status)));
        }
        String base = PeopleLinks.base(workshop.id(), "invitations");
        String next = invitations.next() == null ? null
                : PeopleLinks.of(base, "status", status, "cursor", invitations.next());
        String first = cursor == null ? null : PeopleLinks.of(base, "status", status);
        String caption = words.invitations_caption(status == null ? words.all_statuses()
                : PeopleViews.invitationStatus(status, words));
        return Response.status(code).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(PeopleTemplates.invitations(workshop, form, form.rows(),
                        form.summary(words), state.done(), state.error(), cityOptions,
                        organisationOptions, q, members, searchFailed, rows, statusOptions, status == null ? "" : status,
                        cursor == null ? "" : cursor, caption, next, first)))
                .build();
    }

    private static String answered(PeopleModel.InvitationItem i, ConsoleWorkshop workshop, String lang,
            PeopleMessages words) {
        if (i.answeredAt() == null) {
            return "";
        }
        String when = PeopleViews.when(i.answeredAt(), workshop.zone(), lang);
        return "REVOKED".equals(i.status()) ? words.revoked_on(when) : words.answered_on(when);
    }

    /** Members matching the search; null when the directory refuses or does not answer (the page says so). */
    private List<PeopleModel.DirectoryMember> membersOrNull(String q) {
        try {
            return people.members(q, MEMBERS_FOUND);
        } catch (org.convene.portal.client.ServiceUnavailable | ServiceProblem e) {
            return null;
        }
    }

    /** The answers an accepted invitee gave, from the registration the acceptance made. */
    private List<PeopleViews.Answer> answersOf(ConsoleWorkshop workshop, UUID registrationId, String lang,
            PeopleMessages words) {
        if (workshop.questions().isEmpty()) {
            return List.of();
        }
        try {
            return PeopleViews.answers(workshop.questions(), people.registration(registrationId).answers(), lang,
                    words);
        } catch (ServiceProblem e) {
            return List.of();
        }
    }
}
