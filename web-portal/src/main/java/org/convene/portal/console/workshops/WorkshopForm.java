package org.convene.portal.console.workshops;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Problem;
import org.convene.portal.client.Question;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.rest.FormErrors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The workshop form (create and edit) as the organiser filled it in, and back and forth: from a workshop, from the
 * posted fields, to the settings registration-service takes (the body of POST /api/v1/workshops; two of them make
 * the merge patch of an edit, MergePatch), and the service's problem as messages beside the fields.
 * <p>
 * Times are {@code datetime-local} fields in the workshop's time zone. The questions are rows (without JavaScript: the
 * existing ones and two blank ones, each with a "remove" box), named {@code q<row>-key}, {@code q<row>-type}, ...;
 * a choice question's options are one per line, {@code key = English label = Bengali label}. Seats per city: a
 * number for each city that keeps its own, the others each keep {@code seatsPerGroup}.
 */
public final class WorkshopForm {

    public static final List<String> TYPES = List.of("TEXT", "LONG_TEXT", "CHOICE", "MULTI_CHOICE", "BOOLEAN", "NUMBER",
            "DATE", "COUNTRY");
    public static final List<String> ADMISSIONS = List.of("OPEN", "APPROVAL", "INVITATION");
    /** Blank question rows after the existing ones. */
    static final int BLANK_ROWS = 2;
    /** The service takes 30 questions; a form never has more rows than these and the blank ones. */
    static final int MAX_ROWS = 30 + BLANK_ROWS;
    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern QUESTION = Pattern.compile("questions\\[(\\d+)]\\.?(.*)");
    private static final Pattern OPTION = Pattern.compile("options\\[(\\d+)]\\.?(.*)");
    private static final Pattern UUID_IN = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> FIELDS = List.of("title", "description", "hostCityId", "venue", "timezone",
            "startsAt", "endsAt", "capacity", "waitlistEnabled", "registrationOpensAt", "registrationClosesAt",
            "admission");

    /** One question row of the form. */
    public record Row(int index, String key, String type, String labelEn, String labelBn, boolean required,
            String options, boolean remove) {

        /** The field name of a part of this row: q3-key, q3-label_en, ... */
        public String name(String part) {
            return "q" + index + "-" + part;
        }

        public boolean blank() {
            return key.isBlank() && labelEn.isBlank() && labelBn.isBlank() && options.isBlank();
        }

        public boolean ofType(String kind) {
            return kind.equals(type);
        }

        /** The 1-based number the page shows. */
        public int number() {
            return index + 1;
        }

        static Row blank(int index) {
            return new Row(index, "", "TEXT", "", "", false, "", false);
        }
    }

    public String title = "";
    public String description = "";
    public String hostCityId = "";
    public String venue = "";
    public String timezone = "";
    public String startsAt = "";
    public String endsAt = "";
    public String capacity = "";
    public boolean waitlistEnabled = true;
    public String registrationOpensAt = "";
    public String registrationClosesAt = "";
    public String admission = "OPEN";
    public boolean seatsByCity;
    public String seatsPerGroup = "";
    /** City id → the number typed for it ("" or absent: the number of every city). */
    public Map<String, String> seats = new LinkedHashMap<>();
    public String seatsReleaseAt = "";
    /**
     * A seat allocation the form does not edit (by COUNTRY, set through the API): kept as it is, unless the organiser
     * keeps seats per city instead. Not a field of the page: the edit takes it from the workshop as it is.
     */
    public ObjectNode keptAllocation;
    public List<Row> rows = new ArrayList<>();

    /** A new workshop's form. */
    public static WorkshopForm empty() {
        WorkshopForm form = new WorkshopForm();
        for (int i = 0; i < BLANK_ROWS; i++) {
            form.rows.add(Row.blank(i));
        }
        return form;
    }

    /** The form of an existing workshop, as it is now. */
    public static WorkshopForm of(ConsoleWorkshop workshop) {
        WorkshopForm form = new WorkshopForm();
        ZoneId zone = workshop.zone();
        form.title = text(workshop.title());
        form.description = text(workshop.description());
        form.hostCityId = workshop.hostCityId() == null ? "" : workshop.hostCityId().toString();
        form.venue = text(workshop.venue());
        form.timezone = text(workshop.timezone());
        form.startsAt = local(workshop.startsAt(), zone);
        form.endsAt = local(workshop.endsAt(), zone);
        form.capacity = String.valueOf(workshop.capacity());
        form.waitlistEnabled = workshop.waitlistEnabled();
        form.registrationOpensAt = local(workshop.registrationOpensAt(), zone);
        form.registrationClosesAt = local(workshop.registrationClosesAt(), zone);
        form.admission = workshop.admission() == null ? "OPEN" : workshop.admission();
        ConsoleWorkshop.Allocation allocation = workshop.seatAllocation();
        if (allocation != null && allocation.byCity()) {
            form.seatsByCity = true;
            form.seatsPerGroup = allocation.seatsPerGroup() == null ? "" : String.valueOf(allocation.seatsPerGroup());
            new TreeMap<>(allocation.overrides()).forEach((city, seats) -> form.seats.put(city, String.valueOf(seats)));
            form.seatsReleaseAt = local(allocation.releaseAt(), zone);
        } else if (allocation != null) {
            ObjectNode kept = JSON.objectNode();
            kept.put("by", allocation.by());
            if (allocation.seatsPerGroup() != null) {
                kept.put("seatsPerGroup", allocation.seatsPerGroup());
            }
            if (!allocation.overrides().isEmpty()) {
                ObjectNode overrides = kept.putObject("overrides");
                new TreeMap<>(allocation.overrides()).forEach(overrides::put);
            }
            if (allocation.releaseAt() != null) {
                kept.put("releaseAt", moment(local(allocation.releaseAt(), zone), zone).asText());
            }
            form.keptAllocation = kept;
        }
        int index = 0;
        for (Question question : workshop.questions()) {
            form.rows.add(new Row(index++, text(question.key()), text(question.type()),
                    label(question.label(), "en"), label(question.label(), "bn"), question.mandatory(),
                    optionLines(question), false));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            form.rows.add(Row.blank(index++));
        }
        return form;
    }

    /** The form as posted. */
    public static WorkshopForm of(MultivaluedMap<String, String> sent) {
        WorkshopForm form = new WorkshopForm();
        form.title = value(sent, "title");
        form.description = multiline(sent, "description");
        form.hostCityId = value(sent, "hostCityId");
        form.venue = value(sent, "venue");
        form.timezone = value(sent, "timezone");
        form.startsAt = value(sent, "startsAt");
        form.endsAt = value(sent, "endsAt");
        form.capacity = value(sent, "capacity");
        form.waitlistEnabled = checked(sent, "waitlistEnabled");
        form.registrationOpensAt = value(sent, "registrationOpensAt");
        form.registrationClosesAt = value(sent, "registrationClosesAt");
        String admission = value(sent, "admission");
        form.admission = admission.isEmpty() ? "OPEN" : admission;
        form.seatsByCity = checked(sent, "seatsByCity");
        form.seatsPerGroup = value(sent, "seatsPerGroup");
        form.seatsReleaseAt = value(sent, "seatsReleaseAt");
        new TreeMap<>(sent).forEach((name, values) -> {
            if (name.startsWith("seats-") && !values.isEmpty()) {
                String typed = values.get(0) == null ? "" : values.get(0).strip();
                if (!typed.isEmpty()) {
                    form.seats.put(name.substring("seats-".length()), typed);
                }
            }
        });
        int rows = Math.min(MAX_ROWS, number(sent.getFirst("rows")));
        for (int i = 0; i < rows; i++) {
            String q = "q" + i + "-";
            String type = value(sent, q + "type");
            form.rows.add(new Row(i, value(sent, q + "key"), type.isEmpty() ? "TEXT" : type,
                    value(sent, q + "label_en"), value(sent, q + "label_bn"), checked(sent, q + "required"),
                    multiline(sent, q + "options"), checked(sent, q + "remove")));
        }
        return form;
    }

    /** The field of a city's own seats: seats-<city id>. */
    public String seatsField(String cityId) {
        return "seats-" + cityId;
    }

    /** The typed number of a city's seats, or "". */
    public String seatsOf(String cityId) {
        return seats.getOrDefault(cityId, "");
    }

    public boolean admits(String kind) {
        return kind.equals(admission);
    }

    /** The rows sent to the service, in order: the index in {@code questions[i]} is the position in this list. */
    public List<Row> sentRows() {
        return rows.stream().filter(r -> !r.remove() && !r.blank()).toList();
    }

    /**
     * The workshop's settings as registration-service takes them: what the organiser typed, a number or a time as
     * JSON when it reads as one and as typed otherwise (the service then names the field), blank optional fields
     * left out. {@code before}: the workshop's questions now, whose help texts and labels in other languages the
     * form does not show and keeps.
     */
    public ObjectNode settings(List<Question> before) {
        ZoneId zone = zoneOrUtc(timezone);
        ObjectNode settings = JSON.objectNode();
        put(settings, "title", title);
        put(settings, "description", description);
        put(settings, "hostCityId", hostCityId);
        put(settings, "venue", venue);
        put(settings, "timezone", timezone);
        putMoment(settings, "startsAt", startsAt, zone);
        putMoment(settings, "endsAt", endsAt, zone);
        putNumber(settings, "capacity", capacity);
        putMoment(settings, "registrationOpensAt", registrationOpensAt, zone);
        putMoment(settings, "registrationClosesAt", registrationClosesAt, zone);
        settings.put("waitlistEnabled", waitlistEnabled);
        put(settings, "admission", admission);
        if (seatsByCity) {
            ObjectNode allocation = settings.putObject("seatAllocation");
            allocation.put("by", "CITY");
            putNumber(allocation, "seatsPerGroup", seatsPerGroup);
            if (!seats.isEmpty()) {
                ObjectNode overrides = allocation.putObject("overrides");
                new TreeMap<>(seats).forEach((city, typed) -> overrides.set(city, numberOrText(typed)));
            }
            putMoment(allocation, "releaseAt", seatsReleaseAt, zone);
        } else if (keptAllocation != null) {
            settings.set("seatAllocation", keptAllocation.deepCopy());
        }
        Map<String, Question> earlier = new LinkedHashMap<>();
        before.forEach(q -> earlier.put(q.key(), q));
        List<Row> sent = sentRows();
        if (!sent.isEmpty()) {
            ArrayNode questions = settings.putArray("questions");
            for (Row row : sent) {
                questions.add(question(row, earlier.get(row.key())));
            }
        }
        return settings;
    }

    private static ObjectNode question(Row row, Question earlier) {
        ObjectNode question = JSON.objectNode();
        question.put("key", row.key());
        ObjectNode label = labels(earlier == null ? null : earlier.label(), row.labelEn(), row.labelBn());
        if (!label.isEmpty()) {
            question.set("label", label);
        }
        question.put("type", row.type());
        question.put("required", row.required());
        if (!row.options().isBlank()) {
            ArrayNode options = question.putArray("options");
            Map<String, JsonNode> earlierOptions = new LinkedHashMap<>();
            if (earlier != null) {
                earlier.choices().forEach(o -> earlierOptions.put(o.key(), o.label()));
            }
            for (String line : row.options().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] parts = line.split("=", 3);
                ObjectNode option = options.addObject();
                String key = parts[0].strip();
                option.put("key", key);
                ObjectNode optionLabel = labels(earlierOptions.get(key), parts.length > 1 ? parts[1].strip() : "",
                        parts.length > 2 ? parts[2].strip() : "");
                if (!optionLabel.isEmpty()) {
                    option.set("label", optionLabel);
                }
            }
        }
        if (earlier != null && earlier.help() != null && !earlier.help().isNull()) {
            question.set("help", earlier.help());
        }
        return question;
    }

    /** English and Bengali as typed, with the label's other languages as they were. */
    private static ObjectNode labels(JsonNode earlier, String en, String bn) {
        ObjectNode label = JSON.objectNode();
        if (!en.isBlank()) {
            label.put("en", en);
        }
        if (!bn.isBlank()) {
            label.put("bn", bn);
        }
        if (earlier != null && earlier.isObject() && !label.isEmpty()) {
            earlier.fields().forEachRemaining(entry -> {
                if (!entry.getKey().equals("en") && !entry.getKey().equals("bn")) {
                    label.set(entry.getKey(), entry.getValue());
                }
            });
        }
        return label;
    }

    /**
     * The service's problem beside the fields: {@code errors[].field} names a field of the settings
     * ({@code questions[2].options[0].key}, {@code seatAllocation.overrides.<city>}), a business rule names none.
     */
    public FormErrors errors(Problem problem, WorkshopMessages words) {
        FormErrors errors = FormErrors.none();
        switch (problem.kind()) {
            case "unknown-city" -> errors.field("hostCityId", words.error_unknown_city());
            case "capacity-below-confirmed" -> errors.field("capacity", words.error_capacity_below(problem.detail()));
            case "allocation-in-use", "group-limit-below-confirmed" -> errors.field(seatsByCity ? "seatsPerGroup"
                    : "seatsByCity", problem.detail());
            case "questions-in-use" -> errors.general(words.error_questions_in_use(problem.detail()));
            default -> {
                for (Problem.FieldError error : problem.errors()) {
                    String field = formField(error.field());
                    String text = explain(error.field(), error.message(), words);
                    if (field == null) {
                        errors.general(ConsoleProblems.line(error.field(), text));
                    } else {
                        errors.field(field, text);
                    }
                }
                if (!errors.any()) {
                    errors.general(ConsoleProblems.detail(problem));
                }
            }
        }
        return errors;
    }

    /** The form field an API field path names, or null when none does. */
    String formField(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        if (FIELDS.contains(path)) {
            return path;
        }
        if (path.startsWith("seatAllocation")) {
            if (path.startsWith("seatAllocation.seatsPerGroup")) {
                return "seatsPerGroup";
            }
            if (path.startsWith("seatAllocation.releaseAt")) {
                return "seatsReleaseAt";
            }
            if (path.startsWith("seatAllocation.overrides")) {
                Matcher city = UUID_IN.matcher(path);
                return city.find() ? "seats-" + city.group().toLowerCase(Locale.ROOT) : "seatsPerGroup";
            }
            return "seatsByCity";
        }
        Matcher question = QUESTION.matcher(path);
        if (question.matches()) {
            int sent = Integer.parseInt(question.group(1));
            List<Row> rows = sentRows();
            if (sent >= rows.size()) {
                return null;
            }
            Row row = rows.get(sent);
            String part = question.group(2);
            if (part.startsWith("label")) {
                return row.name(part.startsWith("label.bn") ? "label_bn" : "label_en");
            }
            if (part.startsWith("options")) {
                return row.name("options");
            }
            return switch (part) {
                case "type" -> row.name("type");
                case "required" -> row.name("required");
                default -> row.name("key");
            };
        }
        return null;
    }

    /** The service's words for a field in the organiser's language where the console knows them. */
    static String explain(String path, String message, WorkshopMessages words) {
        String text = message == null ? "" : message;
        String prefix = "";
        if (path != null) {
            Matcher question = QUESTION.matcher(path);
            if (question.matches()) {
                Matcher option = OPTION.matcher(question.group(2));
                if (option.matches()) {
                    prefix = words.error_option_line(Integer.parseInt(option.group(1)) + 1) + " ";
                }
            }
        }
        String explained;
        if (text.equals("must not be blank") || text.equals("must not be null") || text.equals("must not be empty")) {
            explained = words.error_required();
        } else if (text.startsWith("must match [a-z0-9_-]")) {
            explained = words.error_key();
        } else if (text.equals("must be after startsAt")) {
            explained = words.error_ends_after_starts();
        } else if (text.equals("must be after registrationOpensAt")) {
            explained = words.error_closes_after_opens();
        } else if (text.equals("must not be after endsAt")) {
            explained = words.error_closes_before_end();
        } else if (text.equals("must be before endsAt")) {
            explained = words.error_opens_before_end();
        } else if (text.startsWith("must be an IANA time zone")) {
            explained = words.error_timezone();
        } else if (text.startsWith("cannot be read as OffsetDateTime") || text.equals("must be a date-time")) {
            explained = words.error_moment();
        } else if (text.startsWith("cannot be read as Integer") || text.startsWith("must be an integer")
                || text.startsWith("must be a number")) {
            explained = words.error_whole_number();
        } else if (text.startsWith("must be greater than or equal to ")) {
            explained = words.error_at_least(text.substring("must be greater than or equal to ".length()));
        } else if (text.startsWith("must be less than or equal to ")) {
            explained = words.error_at_most(text.substring("must be less than or equal to ".length()));
        } else {
            explained = text;
        }
        return prefix + explained;
    }

    /** The order of the fields on the page, for the error summary. */
    public List<String> fieldOrder(List<String> cityIds) {
        List<String> order = new ArrayList<>(FIELDS);
        order.addAll(List.of("seatsByCity", "seatsPerGroup"));
        cityIds.forEach(id -> order.add("seats-" + id));
        order.add("seatsReleaseAt");
        for (Row row : rows) {
            for (String part : List.of("key", "type", "label_en", "label_bn", "required", "options")) {
                order.add(row.name(part));
            }
        }
        return order;
    }

    // ---- values

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String label(JsonNode label, String lang) {
        if (label == null || label.isNull()) {
            return "";
        }
        if (label.isTextual()) {
            return "en".equals(lang) ? label.asText() : "";
        }
        return label.hasNonNull(lang) ? label.get(lang).asText() : "";
    }

    private static String optionLines(Question question) {
        StringBuilder lines = new StringBuilder();
        for (Question.Option option : question.choices()) {
            if (!lines.isEmpty()) {
                lines.append('\n');
            }
            lines.append(option.key()).append(" = ").append(label(option.label(), "en"));
            String bn = label(option.label(), "bn");
            if (!bn.isEmpty()) {
                lines.append(" = ").append(bn);
            }
        }
        return lines.toString();
    }

    static String local(OffsetDateTime time, ZoneId zone) {
        return time == null ? "" : LOCAL.format(time.atZoneSameInstant(zone).toLocalDateTime());
    }

    static ZoneId zoneOrUtc(String timezone) {
        try {
            return timezone == null || timezone.isBlank() ? ZoneOffset.UTC : ZoneId.of(timezone.strip());
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** A typed local time as an RFC 3339 moment in the zone; as typed when it is not one (the service says so). */
    static JsonNode moment(String typed, ZoneId zone) {
        String value = typed.strip().replace(' ', 'T');
        try {
            LocalDateTime local = LocalDateTime.parse(value);
            OffsetDateTime moment = local.atZone(zone).toOffsetDateTime();
            return JSON.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment));
        } catch (DateTimeParseException e) {
            return JSON.textNode(typed.strip());
        }
    }

    private static JsonNode numberOrText(String typed) {
        try {
            return JSON.numberNode(Integer.parseInt(typed.strip()));
        } catch (NumberFormatException e) {
            return JSON.textNode(typed.strip());
        }
    }

    private static void put(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value.strip());
        }
    }

    private static void putNumber(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.set(name, numberOrText(value));
        }
    }

    private static void putMoment(ObjectNode node, String name, String value, ZoneId zone) {
        if (value != null && !value.isBlank()) {
            node.set(name, moment(value, zone));
        }
    }

    private static String value(MultivaluedMap<String, String> sent, String name) {
        String value = sent.getFirst(name);
        return value == null ? "" : value.strip();
    }

    /** A textarea's text with its line ends as \n and no trailing blanks. */
    private static String multiline(MultivaluedMap<String, String> sent, String name) {
        String value = sent.getFirst(name);
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static boolean checked(MultivaluedMap<String, String> sent, String name) {
        String value = sent.getFirst(name);
        return value != null && !value.isEmpty() && !"false".equals(value);
    }

    private static int number(String value) {
        try {
            return Math.max(0, Integer.parseInt(value == null ? "" : value.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
