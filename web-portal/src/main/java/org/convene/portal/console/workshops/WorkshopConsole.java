package org.convene.portal.console.workshops;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;

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
import org.convene.portal.client.Problem;
import org.convene.portal.client.ServiceProblem;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.ConsoleTemplates;
import org.convene.portal.console.ConsoleWords;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.Organiser;
import org.convene.portal.rest.FormErrors;
import org.convene.portal.rest.Visit;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The console's workshops: the list of every workshop (all statuses), the form that creates one and the one that
 * edits it (a JSON merge patch with If-Match: a change made meanwhile is reported, not overwritten), the dashboard
 * (live counts, the sign-ups chart, seats per city), publishing, and cancelling with its confirming step. Every call
 * to registration-service carries the organiser's own access token.
 */
@Path("/organiser/workshops")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
@RolesAllowed(Organiser.ROLE)
@Blocking
public class WorkshopConsole {

    static final List<String> STATUSES = List.of("DRAFT", "OPEN", "CANCELLED");
    private static final List<String> ZONES = new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).toList()));

    @Inject
    WorkshopCalls calls;

    @Inject
    Visit visit;

    // ---- the list

    @GET
    public TemplateInstance list(@QueryParam("status") String status) {
        String wanted = status != null && STATUSES.contains(status) ? status : null;
        return visit.page(WorkshopConsoleTemplates.list(calls.all(wanted), STATUSES, wanted));
    }

    // ---- create

    @GET
    @Path("new")
    public TemplateInstance newForm() {
        return form(null, null, WorkshopForm.empty(), FormErrors.none());
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> sent) {
        WorkshopForm form = WorkshopForm.of(sent);
        ConsoleWorkshop created;
        try {
            created = calls.create(form.settings(List.of()));
        } catch (ServiceProblem e) {
            return Response.status(refusedStatus(e)).entity(form(null, null, form, errorsOf(form, e))).build();
        }
        return done(created.id(), "created");
    }

    // ---- edit

    @GET
    @Path("{id}/edit")
    public Response editForm(@PathParam("id") String id) {
        UUID workshopId = idOf(id);
        WorkshopCalls.Versioned current = workshopId == null ? null : currentOrNull(workshopId);
        if (current == null) {
            return notFound();
        }
        return Response.ok(form(current.workshop(), current.etag(), WorkshopForm.of(current.workshop()),
                FormErrors.none())).build();
    }

    /**
     * Sends what changed since the version the form was made from (the merge patch of the workshop now and the form)
     * with If-Match naming that version: a workshop changed meanwhile is 412, and the form comes back with the
     * workshop as it is now and a note, the organiser's change not applied.
     */
    @POST
    @Path("{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response edit(@PathParam("id") String id, MultivaluedMap<String, String> sent) {
        UUID workshopId = idOf(id);
        WorkshopCalls.Versioned current = workshopId == null ? null : currentOrNull(workshopId);
        if (current == null) {
            return notFound();
        }
        ConsoleWorkshop workshop = current.workshop();
        String version = sent.getFirst("version");
        WorkshopForm before = WorkshopForm.of(workshop);
        WorkshopForm form = WorkshopForm.of(sent);
        form.keptAllocation = before.keptAllocation;
        ObjectNode patch = MergePatch.diff(before.settings(workshop.questions()), form.settings(workshop.questions()));
        if (patch.isEmpty()) {
            return done(workshopId, "unchanged");
        }
        try {
            calls.change(workshopId, version, patch);
        } catch (ServiceProblem e) {
            if (e.status() == 412 || e.status() == 428) {
                return changedMeanwhile(calls.workshop(workshopId));
            }
            if (e.status() == 404) {
                return notFound();
            }
            return Response.status(refusedStatus(e)).entity(form(workshop, version, form, errorsOf(form, e))).build();
        }
        return done(workshopId, "saved");
    }

    private Response changedMeanwhile(WorkshopCalls.Versioned now) {
        FormErrors errors = FormErrors.none().general(words().error_changed_meanwhile());
        return Response.status(409).entity(form(now.workshop(), now.etag(), WorkshopForm.of(now.workshop()), errors))
                .build();
    }

    private TemplateInstance form(ConsoleWorkshop workshop, String version, WorkshopForm form, FormErrors errors) {
        List<City> cities = calls.cities();
        List<String> cityIds = cities.stream().map(City::key).toList();
        // seats kept for a city no longer in the directory's list still show (and can be cleared)
        List<City> seatCities = new ArrayList<>(cities);
        Set<String> known = Set.copyOf(cityIds);
        form.seats.keySet().stream().filter(key -> !known.contains(key))
                .forEach(key -> seatCities.add(new City(parseOrNull(key), key, "", "")));
        seatCities.removeIf(c -> c.id() == null);
        List<FormErrors.Line> summary = labelled(errors.summary(form.fieldOrder(cityIds)), form, seatCities);
        return visit.page(WorkshopConsoleTemplates.form(workshop, version, form, errors, summary, cities, seatCities,
                ZONES, WorkshopForm.TYPES, WorkshopForm.ADMISSIONS));
    }

    /** The summary's lines about fields start with the field's label (the page shows the message beside it too). */
    private List<FormErrors.Line> labelled(List<FormErrors.Line> lines, WorkshopForm form, List<City> cities) {
        WorkshopMessages words = words();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("title", words.field_title());
        labels.put("description", words.field_description());
        labels.put("hostCityId", words.field_hostCityId());
        labels.put("venue", words.field_venue());
        labels.put("timezone", words.field_timezone());
        labels.put("startsAt", words.field_startsAt());
        labels.put("endsAt", words.field_endsAt());
        labels.put("capacity", words.field_capacity());
        labels.put("waitlistEnabled", words.field_waitlistEnabled());
        labels.put("registrationOpensAt", words.field_registrationOpensAt());
        labels.put("registrationClosesAt", words.field_registrationClosesAt());
        labels.put("admission", words.admission_legend());
        labels.put("seatsByCity", words.field_seatsByCity());
        labels.put("seatsPerGroup", words.field_seatsPerGroup());
        labels.put("seatsReleaseAt", words.field_seatsReleaseAt());
        cities.forEach(c -> labels.put("seats-" + c.key(), words.seats_of(c.name())));
        for (WorkshopForm.Row row : form.rows) {
            labels.put(row.name("key"), words.question_n(row.number()) + ", " + words.field_key());
            labels.put(row.name("type"), words.question_n(row.number()) + ", " + words.field_type());
            labels.put(row.name("label_en"), words.question_n(row.number()) + ", " + words.field_label_en());
            labels.put(row.name("label_bn"), words.question_n(row.number()) + ", " + words.field_label_bn());
            labels.put(row.name("required"), words.question_n(row.number()) + ", " + words.field_required());
            labels.put(row.name("options"), words.question_n(row.number()) + ", " + words.field_options());
        }
        return lines.stream().map(line -> line.field() == null || !labels.containsKey(line.field()) ? line
                : new FormErrors.Line(line.field(), labels.get(line.field()) + ": " + line.text())).toList();
    }

    private FormErrors errorsOf(WorkshopForm form, ServiceProblem e) {
        Problem problem = e.problem();
        if (e.status() == 403) {
            return FormErrors.none().general(words().error_forbidden());
        }
        return form.errors(problem, words());
    }

    private static int refusedStatus(ServiceProblem e) {
        return e.status() == 422 || e.status() == 409 || e.status() == 403 ? e.status() : 400;
    }

    // ---- the dashboard

    @GET
    @Path("{id}")
    public Response dashboard(@PathParam("id") String id, @QueryParam("done") String done) {
        UUID workshopId = idOf(id);
        WorkshopCalls.Versioned current = workshopId == null ? null : currentOrNull(workshopId);
        if (current == null) {
            return notFound();
        }
        return Response.ok(dashboardPage(current.workshop(), notice(done), null)).build();
    }

    private TemplateInstance dashboardPage(ConsoleWorkshop workshop, String notice, String error) {
        WorkshopMessages words = words();
        WorkshopCalls.SignUps signUps = calls.signUps(workshop.id());
        Seats seats = calls.seats(workshop);
        List<City> cities = calls.cities();
        SignUpChart chart = SignUpChart.of(signUps.registeredAt(), workshop.zone(), Instant.now(), visit.locale());
        String unit = switch (chart.unit()) {
            case HOUR -> words.chart_hour();
            case DAY -> words.chart_day();
            case WEEK -> words.chart_week();
        };
        String svg = chart.svg(words.chart_title(),
                chart.empty() ? words.chart_desc_none()
                        : words.chart_desc(chart.total(), chart.firstLabel(), chart.lastLabel(), unit));
        int pending = seats != null ? seats.pending() : signUps.count("PENDING");
        String hostCity = cities.stream().filter(c -> c.id().equals(workshop.hostCityId())).map(City::name)
                .findFirst().orElse(String.valueOf(workshop.hostCityId()));
        return visit.page(WorkshopConsoleTemplates.dashboard(workshop, hostCity, notice, error, pending, chart, svg,
                unit, signUps.complete(), signUps.entries().size(), SeatRows.of(workshop, seats, cities), seats));
    }

    private String notice(String done) {
        if (done == null) {
            return null;
        }
        WorkshopMessages words = words();
        return switch (done) {
            case "created" -> words.done_created();
            case "saved" -> words.done_saved();
            case "unchanged" -> words.done_unchanged();
            case "published" -> words.done_published();
            case "cancelled" -> words.done_cancelled();
            default -> null;
        };
    }

    // ---- publish, cancel

    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@PathParam("id") String id) {
        return step(id, calls::publish, "published");
    }

    /** The confirming step: what cancelling does, and the button that does it (a GET changes nothing). */
    @GET
    @Path("{id}/cancel")
    public Response confirmCancel(@PathParam("id") String id) {
        UUID workshopId = idOf(id);
        WorkshopCalls.Versioned current = workshopId == null ? null : currentOrNull(workshopId);
        if (current == null) {
            return notFound();
        }
        ConsoleWorkshop workshop = current.workshop();
        if (workshop.cancelled()) {
            return done(workshopId, "cancelled");
        }
        Seats seats = calls.seats(workshop);
        int active = workshop.confirmedCount() + workshop.waitlistCount() + (seats == null ? 0 : seats.pending());
        return Response.ok(visit.page(WorkshopConsoleTemplates.cancel(workshop, active))).build();
    }

    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("id") String id) {
        return step(id, calls::cancel, "cancelled");
    }

    /** A step the dashboard offers (publish, cancel): the dashboard with what was done, or with the refusal. */
    private Response step(String id, Consumer<UUID> call, String done) {
        UUID workshopId = idOf(id);
        if (workshopId == null) {
            return notFound();
        }
        try {
            call.accept(workshopId);
        } catch (ServiceProblem e) {
            return refused(workshopId, e);
        }
        return done(workshopId, done);
    }

    /** The dashboard again, with the service's reason (publishing a workshop that is not a draft: 422). */
    private Response refused(UUID workshopId, ServiceProblem e) {
        if (e.status() == 404) {
            return notFound();
        }
        String detail = e.status() == 403 ? words().error_forbidden() : ConsoleProblems.detail(e);
        ConsoleWorkshop workshop = calls.workshop(workshopId).workshop();
        return Response.status(refusedStatus(e)).entity(dashboardPage(workshop, null, detail)).build();
    }

    // ---- helpers

    /** Post-redirect-get: the dashboard with a short confirmation. */
    private static Response done(UUID workshopId, String what) {
        return Response.seeOther(URI.create("/organiser/workshops/" + workshopId + "?done=" + what)).build();
    }

    /** The workshop with its version; null when the service knows none by that id (the "not found" page). */
    private WorkshopCalls.Versioned currentOrNull(UUID workshopId) {
        try {
            return calls.workshop(workshopId);
        } catch (ServiceProblem e) {
            if (e.status() == 404 || e.status() == 400) {
                return null;
            }
            throw e;
        }
    }

    private Response notFound() {
        WorkshopMessages words = words();
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(visit.page(ConsoleTemplates.message(words.not_found_title(), words.not_found_text()))).build();
    }

    private WorkshopMessages words() {
        return words(visit.lang());
    }

    static WorkshopMessages words(String lang) {
        return ConsoleWords.in(WorkshopMessages.class, lang);
    }

    private static UUID idOf(String id) {
        return parseOrNull(id);
    }

    private static UUID parseOrNull(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
