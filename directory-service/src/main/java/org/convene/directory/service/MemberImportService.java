package org.convene.directory.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.convene.platform.problem.Problem;
import org.convene.platform.problem.ProblemException;

/**
 * CSV import of members, streamed: the file is read line by line and written in chunks, each chunk in its own
 * transaction ({@link MemberImportWriter}). Upsert by email, case-insensitively, so importing a file twice creates
 * nothing new. A line that is invalid is rejected with its errors; the other lines are imported.
 */
@ApplicationScoped
public class MemberImportService {

    static final int CHUNK_SIZE = 500;
    static final List<String> REQUIRED = List.of("fullName", "email", "cityId");
    static final List<String> OPTIONAL = List.of("organisationId", "title", "phone", "preferredLanguage");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .get();

    @Inject
    Validator validator;

    @Inject
    MemberImportWriter writer;

    public ImportSummary importCsv(InputStream body) {
        Reader reader = withoutByteOrderMark(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8)));
        CSVParser parser = open(reader);
        Map<String, Integer> columns = columns(parser);
        ImportTally tally = new ImportTally();
        List<ImportRow> chunk = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                tally.reject(parser.getCurrentLineNumber() + 1, new Problem.FieldError("",
                        "is not valid CSV (" + rootMessage(e) + "); the rest of the file was not read"));
                break;
            }
            ImportRow row = row(record, columns, tally);
            if (row != null) {
                chunk.add(row);
            }
            if (chunk.size() == CHUNK_SIZE) {
                writer.write(chunk, tally);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            writer.write(chunk, tally);
        }
        return tally.result();
    }

    private static CSVParser open(Reader reader) {
        try {
            return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw notCsv("the header row cannot be read: " + rootMessage(e));
        }
    }

    /** Header name (case-insensitive, as we spell it) → column index. 400 when required columns are missing. */
    private static Map<String, Integer> columns(CSVParser parser) {
        Map<String, Integer> byName = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Integer> header : parser.getHeaderMap().entrySet()) {
            String known = knownColumn(header.getKey());
            if (known == null) {
                unknown.add(header.getKey());
            } else if (byName.put(known, header.getValue()) != null) {
                throw notCsv("the column " + known + " appears twice");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !byName.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw notCsv("the header row lacks the required columns " + missing + " (it must name " + REQUIRED
                    + " and may name " + OPTIONAL + ")");
        }
        if (!unknown.isEmpty()) {
            throw notCsv("the header row names unknown columns " + unknown + " (known: " + REQUIRED + " and "
                    + OPTIONAL + ")");
        }
        return byName;
    }

    private static String knownColumn(String name) {
        for (String column : REQUIRED) {
            if (column.equalsIgnoreCase(name.trim())) {
                return column;
            }
        }
        for (String column : OPTIONAL) {
            if (column.equalsIgnoreCase(name.trim())) {
                return column;
            }
        }
        return null;
    }

    /** The line as a valid member, or null after recording why it is rejected. */
    private ImportRow row(CSVRecord record, Map<String, Integer> columns, ImportTally tally) {
        long line = record.getRecordNumber() + 1; // the header is line 1
        if (record.size() != record.getParser().getHeaderNames().size()) {
            tally.reject(line, new Problem.FieldError("", "has " + record.size() + " values but the header has "
                    + record.getParser().getHeaderNames().size() + " columns"));
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        UUID cityId = uuid(record, columns, "cityId", errors);
        UUID organisationId = uuid(record, columns, "organisationId", errors);
        MemberDetails member = new MemberDetails(value(record, columns, "fullName"), value(record, columns, "email"),
                cityId, organisationId, value(record, columns, "title"), value(record, columns, "phone"),
                value(record, columns, "preferredLanguage"));
        Set<String> unreadable = new LinkedHashSet<>(errors.stream().map(Problem.FieldError::field).toList());
        for (ConstraintViolation<MemberDetails> violation : validator.validate(member)) {
            String field = violation.getPropertyPath().toString();
            if (!unreadable.contains(field)) {
                errors.add(new Problem.FieldError(field, violation.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            tally.reject(line, errors);
            return null;
        }
        return new ImportRow(line, member, columns.containsKey("organisationId"), columns.containsKey("title"),
                columns.containsKey("phone"), columns.containsKey("preferredLanguage"));
    }

    /** The cell, or null when the column is absent or the cell empty. */
    private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null) {
            return null;
        }
        String value = record.get(index);
        return value == null || value.isEmpty() ? null : value;
    }

    private static UUID uuid(CSVRecord record, Map<String, Integer> columns, String column,
            List<Problem.FieldError> errors) {
        String value = value(record, columns, column);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(column, "must be a UUID"));
            return null;
        }
    }

    private static Reader withoutByteOrderMark(BufferedReader reader) {
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException e) {
            throw notCsv("the body cannot be read");
        }
    }

    private static ProblemException notCsv(String detail) {
        return new ProblemException(400, "invalid-csv", "Invalid CSV", detail);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "unreadable" : cause.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }
}
