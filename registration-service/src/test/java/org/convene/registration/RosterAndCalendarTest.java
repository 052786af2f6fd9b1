package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.convene.registration.Fixtures.TOKEN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.convene.testkit.ConveneTestResources;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class RosterAndCalendarTest {

    private static final Logger LOG = Logger.getLogger(RosterAndCalendarTest.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rosterInEveryFormat() throws Exception {
        String workshop = Fixtures.openWorkshop(Fixtures.withTextQuestion(1, "dietary"));
        Map<String, Object> first = new HashMap<>(Fixtures.attendee("Anindita Sen"));
        first.put("fullName", "অনিন্দিতা সেন");
        first.put("cityId", Fixtures.city().toString());
        first.put("organisation", "=HYPERLINK(\"http://evil\")");
        first.put("answers", Map.of("dietary", "vegetarian, no nuts"));
        Map<String, Object> confirmed = Fixtures.signUp(workshop, first);
        Map<String, Object> wanda = new HashMap<>(Fixtures.attendee("Waiting Wanda"));
        wanda.put("organisation", ";=1+1");
        Map<String, Object> waiting = Fixtures.signUp(workshop, wanda);
        given().auth().oauth2(TOKEN).post("/api/v1/registrations/" + confirmed.get("id") + "/check-in")
                .then().statusCode(200);

        byte[] csv = given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/roster").then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv")).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0], "UTF-8 byte-order mark");
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8))).getRecords();
        assertEquals(2, records.size());
        CSVRecord row = records.get(0);
        assertEquals(confirmed.get("id"), row.get("registration id"));
        assertEquals("CONFIRMED", row.get("status"));
        assertEquals("অনিন্দিতা সেন", row.get("full name"));
        assertEquals("Kolkata", row.get("city"));
        assertEquals("IN", row.get("country"));
        assertEquals("'=HYPERLINK(\"http://evil\")", row.get("organisation"), "formulas are defused");
        assertTrue(row.get("registered at").endsWith("+05:30"), row.get("registered at"));
        assertTrue(!row.get("checked in at").isEmpty());
        assertEquals("vegetarian, no nuts", JSON.readTree(row.get("answers")).get("dietary").asText());
        assertEquals("vegetarian, no nuts", row.get("dietary"), "one column per question");
        assertEquals("", records.get(1).get("dietary"));
        assertEquals("1", records.get(1).get("waitlist position"));
        assertEquals(waiting.get("id"), records.get(1).get("registration id"));
        assertEquals("';=1+1", records.get(1).get("organisation"), "a cell beginning with ; is defused too");

        byte[] xlsx = given().auth().oauth2(TOKEN).accept(XLSX).get("/api/v1/workshops/" + workshop + "/roster")
                .then().statusCode(200).contentType(XLSX).extract().asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("registration id", rows.get(0).getCellText(0));
            assertEquals("answers", rows.get(0).getCellText(10));
            assertEquals("dietary", rows.get(0).getCellText(11));
            assertEquals("vegetarian, no nuts", rows.get(1).getCellText(11));
            assertEquals(confirmed.get("id"), rows.get(1).getCellText(0));
            assertEquals("অনিন্দিতা সেন", rows.get(1).getCellText(3));
            assertEquals("1", rows.get(2).getCellText(2));
        }

        JsonNode json = JSON.readTree(given().auth().oauth2(TOKEN).queryParam("format", "json")
                .queryParam("status", "WAITLISTED").get("/api/v1/workshops/" + workshop + "/roster").then()
                .statusCode(200).contentType(startsWith("application/json")).extract().asByteArray());
        assertEquals(1, json.get("items").size());
        assertEquals("Waiting Wanda", json.get("items").get(0).get("fullName").asText());
        assertEquals(1, json.get("items").get(0).get("waitlistPosition").asInt());

        given().auth().oauth2(TOKEN).accept("application/json").get("/api/v1/workshops/" + workshop + "/roster")
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().auth().oauth2(TOKEN).queryParam("format", "pdf").get("/api/v1/workshops/" + workshop + "/roster")
                .then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().get("/api/v1/workshops/" + workshop + "/roster").then().statusCode(401);
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + UUID.randomUUID() + "/roster").then()
                .statusCode(404);
    }

    @Test
    void tenThousandRowsExportStreamed() throws Exception {
        String workshop = Fixtures.openWorkshop(10_000);
        insertConfirmed(workshop, 10_000);
        // warm-up, then measure
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/roster").then().statusCode(200);
        given().auth().oauth2(TOKEN).queryParam("format", "xlsx").get("/api/v1/workshops/" + workshop + "/roster")
                .then().statusCode(200);
        long started = System.nanoTime();
        byte[] csv = given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + workshop + "/roster").then()
                .statusCode(200).extract().asByteArray();
        long csvMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        byte[] xlsx = given().auth().oauth2(TOKEN).queryParam("format", "xlsx")
                .get("/api/v1/workshops/" + workshop + "/roster").then().statusCode(200).extract().asByteArray();
        long xlsxMillis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("MEASURE roster export of 10000 registrations: CSV %d ms (%d bytes), XLSX %d ms (%d bytes)",
                csvMillis, csv.length, xlsxMillis, xlsx.length);
        long lines = new String(csv, StandardCharsets.UTF_8).lines().count();
        assertEquals(10_001, lines);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(10_001, book.getFirstSheet().read().size());
        }
    }

    @Test
    void calendarInTheWorkshopsTimeZone() {
        Map<String, Object> body = Fixtures.workshopBody(10);
        body.put("title", "Heat; resilience, and more");
        body.put("venue", "Town Hall, Kolkata");
        body.put("description", "Line one\nLine two with a long text that goes on and on so that the line must be"
                + " folded at seventy-five octets: অনিন্দিতা সেন অনিন্দিতা সেন");
        String workshop = Fixtures.openWorkshop(body);
        String ics = given().get("/api/v1/workshops/" + workshop + "/calendar.ics").then().statusCode(200)
                .contentType(startsWith("text/calendar")).extract().asString();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nTZID:Asia/Kolkata\r\n"), ics);
        assertTrue(ics.contains("\r\nTZOFFSETTO:+0530\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART;TZID=Asia/Kolkata:20270303T093000\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND;TZID=Asia/Kolkata:20270304T170000\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:" + workshop + "@convene\r\n"), ics);
        assertTrue(ics.contains("\r\nMETHOD:PUBLISH\r\n"), ics);
        assertTrue(ics.contains("\r\nSEQUENCE:0\r\n"), ics);
        assertTrue(ics.contains("\r\nSUMMARY:Heat\\; resilience\\, and more\r\n"), ics);
        assertTrue(ics.contains("\r\nDESCRIPTION:Line one\\nLine two"), ics);
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"), ics);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("অনিন্দিতা সেন অনিন্দিতা সেন"), "folding keeps UTF-8 characters whole");

        // A workshop across a daylight-saving change gets both onsets.
        Map<String, Object> berlin = Fixtures.workshopBody(10);
        berlin.put("timezone", "Europe/Berlin");
        berlin.put("startsAt", "2027-03-27T09:00:00+01:00");
        berlin.put("endsAt", "2027-03-29T17:00:00+02:00");
        String spring = Fixtures.openWorkshop(berlin);
        String dst = given().get("/api/v1/workshops/" + spring + "/calendar.ics").then().statusCode(200)
                .extract().asString();
        assertTrue(dst.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100"), dst);
        assertTrue(dst.contains("BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200"), dst);
        assertTrue(dst.contains("DTSTART;TZID=Europe/Berlin:20270327T090000"), dst);
        assertTrue(dst.contains("DTEND;TZID=Europe/Berlin:20270329T170000"), dst);

        String draft = Fixtures.createWorkshop(Fixtures.workshopBody(5));
        given().get("/api/v1/workshops/" + draft + "/calendar.ics").then().statusCode(404);
        given().auth().oauth2(TOKEN).get("/api/v1/workshops/" + draft + "/calendar.ics").then().statusCode(200);
        given().auth().oauth2(TOKEN).post("/api/v1/workshops/" + workshop + "/cancel").then().statusCode(200);
        String cancelled = given().get("/api/v1/workshops/" + workshop + "/calendar.ics").then().statusCode(200)
                .extract().asString();
        assertTrue(cancelled.contains("\r\nSTATUS:CANCELLED\r\n") && cancelled.contains("\r\nSEQUENCE:1\r\n"),
                cancelled);
    }

    /** Bulk rows straight into the table: this test is about the export, not the sign-up path. */
    private static void insertConfirmed(String workshop, int count) throws Exception {
        try (var connection = Fixtures.dataSource().getConnection();
                var insert = connection.prepareStatement("""
                        insert into registration (id, workshop_id, status, full_name, email, city_id, organisation,
                            answers, manage_token_hash, manage_token_sealed, registered_at, confirmed_at)
                        select gen_random_uuid(), ?::uuid, 'CONFIRMED', 'Attendee ' || n, 'bulk' || n || '@example.org',
                            ?::uuid, 'Organisation ' || (n % 50), jsonb_build_object('dietary', 'none', 'n', n::text),
                            md5(random()::text || n), 'sealed', now() + n * interval '1 ms', now()
                        from generate_series(1, ?) as n""");
                var counters = connection.prepareStatement(
                        "update workshop set confirmed_count = ? where id = ?::uuid")) {
            insert.setString(1, workshop);
            insert.setString(2, Fixtures.city().toString());
            insert.setInt(3, count);
            insert.executeUpdate();
            counters.setInt(1, count);
            counters.setString(2, workshop);
            counters.executeUpdate();
        }
    }
}
