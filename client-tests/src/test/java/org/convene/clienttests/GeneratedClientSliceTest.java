package org.convene.clienttests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.convene.client.directory.api.CitiesApi;
import org.convene.client.directory.model.City;
import org.convene.client.directory.model.CityPatch;
import org.convene.client.directory.model.CityRequest;
import org.convene.client.registration.ApiException;
import org.convene.client.registration.ApiResponse;
import org.convene.client.registration.api.RegistrationsApi;
import org.convene.client.registration.api.RostersAndCalendarsApi;
import org.convene.client.registration.api.WorkshopsApi;
import org.convene.client.registration.model.PageWorkshopView;
import org.convene.client.registration.model.Problem;
import org.convene.client.registration.model.Registration;
import org.convene.client.registration.model.SignUp;
import org.convene.client.registration.model.SignUpRequest;
import org.convene.client.registration.model.Workshop;
import org.convene.client.registration.model.WorkshopPatch;
import org.convene.client.registration.model.WorkshopRequest;
import org.convene.client.registration.model.WorkshopStatus;
import org.convene.systemtests.ConveneSystem;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * The sign-up slice driven only through the Java clients that openapi-generator (java, native) made from the three
 * OpenAPI documents at build time: if a document misdescribes a body, a header or a status, a call here fails.
 */
class GeneratedClientSliceTest {

    private final ConveneSystem system = ConveneSystem.get();

    /** The generated java/native clients leave authentication to a request interceptor: an organiser from Keycloak. */
    private final Consumer<HttpRequest.Builder> asOrganiser =
            request -> request.header("Authorization", "Bearer " + system.keycloak.organiserToken());
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void theSliceRunsThroughTheGeneratedClients() throws Exception {
        CitiesApi cities = new CitiesApi(directoryClient(true));
        City city = cities.cityResourceCreate(new CityRequest().name("Kolkata " + suffix).countryCode("IN")
                .region("South Asia"));
        assertEquals("South Asia", city.getRegion());

        WorkshopsApi workshops = new WorkshopsApi(registrationClient(true));
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30)).plusDays(30).withNano(0);
        Workshop draft = workshops.workshopResourceCreate(new WorkshopRequest()
                .title("Heat resilience " + suffix).hostCityId(city.getId()).venue("Town Hall, Kolkata")
                .timezone("Asia/Kolkata").startsAt(start).endsAt(start.plusHours(8)).capacity(2)
                .waitlistEnabled(true));
        assertEquals(Workshop.StatusEnum.DRAFT, draft.getStatus());
        Workshop open = workshops.workshopResourcePublish(draft.getId());
        assertEquals(Workshop.StatusEnum.OPEN, open.getStatus());
        PageWorkshopView page = workshops.workshopResourceList(null, city.getId(), 10, WorkshopStatus.OPEN);
        assertEquals(List.of(open.getId()), page.getItems().stream().map(Workshop::getId).toList());

        RegistrationsApi publicRegistrations = new RegistrationsApi(registrationClient(false));
        SignUp first = signUp(publicRegistrations, open.getId(), "Anindita Sen", "anindita");
        SignUp second = signUp(publicRegistrations, open.getId(), "Rahim Uddin", "rahim");
        SignUp third = signUp(publicRegistrations, open.getId(), "Nimal Perera", "nimal");
        assertEquals(SignUp.StatusEnum.CONFIRMED, first.getStatus());
        assertEquals(SignUp.StatusEnum.CONFIRMED, second.getStatus());
        assertEquals(SignUp.StatusEnum.WAITLISTED, third.getStatus());
        assertEquals(1, third.getWaitlistPosition());

        // the attendee's own read and cancellation, with the manage token in the header and as ?token=
        Registration mine = publicRegistrations.registrationResourceGet(first.getId(), null, first.getManageToken());
        assertEquals(Registration.StatusEnum.CONFIRMED, mine.getStatus());
        assertEquals("anindita." + suffix + "@kmc.example", mine.getEmail());
        Registration cancelled = publicRegistrations.registrationResourceCancel(first.getId(), first.getManageToken(),
                null);
        assertEquals(Registration.StatusEnum.CANCELLED, cancelled.getStatus());
        assertEquals(Registration.CancelledByEnum.ATTENDEE, cancelled.getCancelledBy());
        Registration promoted = new RegistrationsApi(registrationClient(true))
                .registrationResourceGet(third.getId(), null, null);
        assertEquals(Registration.StatusEnum.CONFIRMED, promoted.getStatus());
        assertNull(promoted.getWaitlistPosition());

        RostersAndCalendarsApi rosters = new RostersAndCalendarsApi(registrationClient(true));
        String csv = Files.readString(rosters.rosterResourceRoster(open.getId(), "csv", null).toPath(),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("Rahim Uddin") && csv.contains("Nimal Perera") && csv.contains("Anindita Sen"), csv);
        File xlsx = rosters.rosterResourceRoster(open.getId(), "xlsx", null);
        assertEquals(List.of("Rahim Uddin", "Nimal Perera", "Anindita Sen"), fullNames(xlsx));
        String calendar = Files.readString(rosters.calendarResourceCalendar(open.getId()).toPath());
        assertTrue(calendar.startsWith("BEGIN:VCALENDAR") && calendar.contains("Heat resilience " + suffix), calendar);

        // a merge patch that clears a field: the generated client sends the null
        org.convene.client.directory.ApiResponse<City> current = cities.cityResourceGetWithHttpInfo(city.getId());
        City cleared = cities.cityResourcePatch(city.getId(), new CityPatch().region(null), etag(current.getHeaders()));
        assertNull(cleared.getRegion());
        assertNull(cities.cityResourceGet(city.getId()).getRegion());
        ApiResponse<Workshop> workshop = workshops.workshopResourceGetWithHttpInfo(open.getId());
        Workshop noVenue = workshops.workshopResourcePatch(open.getId(), new WorkshopPatch().venue(null),
                etag(workshop.getHeaders()));
        assertNull(noVenue.getVenue());

        // a problem body, read as the typed Problem of the client
        ApiException duplicate = assertThrows(ApiException.class,
                () -> signUp(publicRegistrations, open.getId(), "Rahim Uddin", "rahim"));
        assertEquals(409, duplicate.getCode());
        assertTrue(duplicate.getResponseHeaders().firstValue("Content-Type").orElseThrow()
                .startsWith("application/problem+json"));
        Problem problem = registrationClient(false).getObjectMapper().readValue(duplicate.getResponseBody(),
                Problem.class);
        assertEquals(409, problem.getStatus());
        assertNotNull(problem.getType());
        assertNotNull(problem.getTitle());
    }

    private SignUp signUp(RegistrationsApi api, UUID workshopId, String fullName, String name) throws ApiException {
        return api.workshopRegistrationsResourceSignUp(workshopId, new SignUpRequest().fullName(fullName)
                .email(name + "." + suffix + "@kmc.example"), UUID.randomUUID().toString());
    }

    private static String etag(java.util.Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("ETag")).findFirst()
                .orElseThrow(() -> new AssertionError("no ETag in " + headers)).getValue().get(0);
    }

    private static List<String> fullNames(File xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx.toPath());
                ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Row> rows = workbook.getFirstSheet().read();
            int column = rows.get(0).stream().map(cell -> cell.getRawValue()).toList().indexOf("full name");
            assertTrue(column >= 0, "a full name column: " + rows.get(0));
            return rows.stream().skip(1).map(row -> row.getCellText(column)).collect(Collectors.toList());
        }
    }

    private org.convene.client.registration.ApiClient registrationClient(boolean organiser) {
        var client = new org.convene.client.registration.ApiClient();
        client.updateBaseUri(system.registration.baseUrl());
        return organiser ? client.setRequestInterceptor(asOrganiser) : client;
    }

    private org.convene.client.directory.ApiClient directoryClient(boolean organiser) {
        var client = new org.convene.client.directory.ApiClient();
        client.updateBaseUri(system.directory.baseUrl());
        return organiser ? client.setRequestInterceptor(asOrganiser) : client;
    }
}
