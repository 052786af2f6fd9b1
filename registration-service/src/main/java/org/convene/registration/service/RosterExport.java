package org.convene.registration.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.convene.registration.domain.RegistrationStatus;
import org.convene.registration.domain.Workshop;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

/**
 * Writes a workshop's roster straight from a database cursor to the response: rows are fetched {@value #FETCH_SIZE}
 * at a time (PostgreSQL server-side cursor: JDBC fetch size inside a transaction) and written as they come, so memory
 * stays flat whatever the number of registrations. Times are in the workshop's time zone.
 */
@ApplicationScoped
public class RosterExport {

    public enum Format {
        CSV("text/csv; charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        JSON("application/json", "json");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    static final int FETCH_SIZE = 1_000;
    static final List<String> COLUMNS = List.of("registration id", "status", "waitlist position", "full name", "email",
            "city", "country", "organisation", "registered at", "checked in at", "answers");

    private static final String SQL = "select r.id, r.status, r.waitlist_position, r.full_name, r.email, c.name,"
            + " c.country_code, r.organisation, r.registered_at, r.checked_in_at, r.answers::text"
            + " from registration r left join city_replica c on c.id = r.city_id where r.workshop_id = ?"
            + " and (cast(? as text) is null or r.status = cast(? as text))"
            + " order by case r.status when 'CONFIRMED' then 0 when 'WAITLISTED' then 1 else 2 end,"
            + " r.waitlist_position, r.registered_at, r.id";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    /** One roster line, as read from the cursor. */
    record Row(UUID id, String status, Integer waitlistPosition, String fullName, String email, String city,
            String country, String organisation, OffsetDateTime registeredAt, OffsetDateTime checkedInAt,
            String answersJson) {
    }

    interface Sink {
        void row(Row row) throws IOException;

        void finish() throws IOException;
    }

    public void write(Workshop workshop, RegistrationStatus status, Format format, OutputStream out)
            throws IOException {
        ZoneId zone = ZoneId.of(workshop.timezone);
        List<String> questions = new ArrayList<>();
        if (workshop.questions != null) {
            workshop.questions.forEach(q -> questions.add(q.get("key").asText()));
        }
        Sink sink = switch (format) {
            case CSV -> csv(out, questions);
            case XLSX -> xlsx(out, zone, questions);
            case JSON -> json(out, workshop.id);
        };
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // a cursor, not the whole result in memory
            connection.setReadOnly(true);
            try (PreparedStatement select = connection.prepareStatement(SQL)) {
                select.setFetchSize(FETCH_SIZE);
                select.setObject(1, workshop.id);
                String wanted = status == null ? null : status.name();
                select.setString(2, wanted);
                select.setString(3, wanted);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        sink.row(new Row(rs.getObject(1, UUID.class), rs.getString(2),
                                (Integer) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6),
                                rs.getString(7), rs.getString(8), local(rs.getTimestamp(9), zone),
                                local(rs.getTimestamp(10), zone), rs.getString(11)));
                    }
                }
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("reading the roster failed", e);
        }
        sink.finish();
    }

    private static OffsetDateTime local(Timestamp timestamp, ZoneId zone) {
        return timestamp == null ? null : timestamp.toInstant().atZone(zone).toOffsetDateTime();
    }

    /** CSV for Excel: UTF-8 with a byte-order mark, CRLF, a header line; formula-like cells are defused. */
    private Sink csv(OutputStream out, List<String> questions) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                .setHeader(header(questions).toArray(String[]::new)).get());
        return new Sink() {
            @Override
            public void row(Row row) throws IOException {
                List<Object> cells = new ArrayList<>(List.of(row.id(), row.status()));
                cells.add(row.waitlistPosition());
                cells.addAll(java.util.Arrays.asList(text(row.fullName()), text(row.email()), text(row.city()),
                        row.country(), text(row.organisation()), row.registeredAt(), row.checkedInAt(),
                        text(row.answersJson())));
                answerCells(row.answersJson(), questions).forEach(cell -> cells.add(text(cell)));
                printer.printRecord(cells);
            }

            @Override
            public void finish() throws IOException {
                printer.flush();
            }
        };
    }

    /** Spreadsheets run cells starting with = + - @ as formulas: such text gets a leading apostrophe. */
    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /**
     * A cell beginning with one of these is read as a formula by some spreadsheet (OWASP's list; ';' where it is the
     * list separator; the full-width forms, which some locales of Excel treat as their ASCII twins).
     */
    private static final String FORMULA_STARTS = "=+-@;\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private Sink xlsx(OutputStream out, ZoneId zone, List<String> questions) {
        Workbook workbook = new Workbook(out, "Convene", "1.0");
        Worksheet sheet = workbook.newWorksheet("Roster");
        List<String> header = header(questions);
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        return new Sink() {
            int r = 1;

            @Override
            public void row(Row row) throws IOException {
                sheet.value(r, 0, row.id().toString());
                sheet.value(r, 1, row.status());
                if (row.waitlistPosition() != null) {
                    sheet.value(r, 2, row.waitlistPosition());
                }
                sheet.value(r, 3, row.fullName());
                sheet.value(r, 4, row.email());
                sheet.value(r, 5, row.city());
                sheet.value(r, 6, row.country());
                sheet.value(r, 7, row.organisation());
                date(r, 8, row.registeredAt());
                date(r, 9, row.checkedInAt());
                sheet.value(r, 10, row.answersJson());
                List<String> answers = answerCells(row.answersJson(), questions);
                for (int q = 0; q < answers.size(); q++) {
                    sheet.value(r, COLUMNS.size() + q, answers.get(q));
                }
                r++;
                if (r % 1_000 == 0) {
                    sheet.flush(); // written rows leave memory
                }
            }

            private void date(int row, int column, OffsetDateTime time) {
                if (time != null) {
                    LocalDateTime local = time.atZoneSameInstant(zone).toLocalDateTime();
                    sheet.value(row, column, local);
                    sheet.style(row, column).format("yyyy-mm-dd hh:mm:ss").set();
                }
            }

            @Override
            public void finish() throws IOException {
                workbook.finish();
            }
        };
    }

    private Sink json(OutputStream out, UUID workshopId) throws IOException {
        JsonGenerator json = mapper.getFactory().createGenerator(out);
        json.writeStartObject();
        json.writeStringField("workshopId", workshopId.toString());
        json.writeArrayFieldStart("items");
        return new Sink() {
            @Override
            public void row(Row row) throws IOException {
                json.writeStartObject();
                json.writeStringField("registrationId", row.id().toString());
                json.writeStringField("status", row.status());
                if (row.waitlistPosition() == null) {
                    json.writeNullField("waitlistPosition");
                } else {
                    json.writeNumberField("waitlistPosition", row.waitlistPosition());
                }
                json.writeStringField("fullName", row.fullName());
                json.writeStringField("email", row.email());
                json.writeStringField("city", row.city());
                json.writeStringField("country", row.country());
                json.writeStringField("organisation", row.organisation());
                json.writeStringField("registeredAt", string(row.registeredAt()));
                json.writeStringField("checkedInAt", string(row.checkedInAt()));
                json.writeFieldName("answers");
                if (row.answersJson() == null) {
                    json.writeNull();
                } else {
                    json.writeRawValue(row.answersJson());
                }
                json.writeEndObject();
            }

            @Override
            public void finish() throws IOException {
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
            }
        };
    }

    /** The fixed columns, then one per question (its key); the answers column keeps them all as JSON. */
    static List<String> header(List<String> questions) {
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(questions);
        return header;
    }

    /** One cell per question: text as is, choices by key, several joined with "; ", empty when not answered. */
    private List<String> answerCells(String answersJson, List<String> questions) throws IOException {
        List<String> cells = new ArrayList<>(questions.size());
        JsonNode answers = answersJson == null || questions.isEmpty() ? null : mapper.readTree(answersJson);
        for (String key : questions) {
            JsonNode answer = answers == null ? null : answers.get(key);
            if (answer == null || answer.isNull()) {
                cells.add(null);
            } else if (answer.isArray()) {
                List<String> chosen = new ArrayList<>();
                answer.forEach(option -> chosen.add(option.asText()));
                cells.add(String.join("; ", chosen));
            } else {
                cells.add(answer.asText());
            }
        }
        return cells;
    }

    private static String string(OffsetDateTime time) {
        return time == null ? null : time.toString();
    }
}
