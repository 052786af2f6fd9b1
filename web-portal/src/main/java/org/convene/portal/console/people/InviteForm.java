package org.convene.portal.console.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Problem;
import org.convene.portal.console.ConsoleProblems;
import org.convene.portal.rest.FormErrors;

/**
 * The invitations page's forms, one per way the API invites (InviteRequest): named people (rows fullNameN, emailN),
 * a whole city (cityId), a whole organisation (organisationId) or members picked from the directory (memberId, any
 * number); each may say whether accepting skips approval (skipApproval, on an APPROVAL workshop). What was sent is
 * kept to show again with the errors beside their fields.
 */
public final class InviteForm {

    /** The rows of named people the form offers. */
    public static final int ROWS = 5;
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_MEMBERS = 200;
    private static final Pattern ROW_FIELD = Pattern.compile("(fullName|email)(\\d+)");
    private static final Pattern PEOPLE_FIELD = Pattern.compile("people\\[(\\d+)]\\.(fullName|email)");

    /** A row of the named-people form as shown: its values, and the error beside each field. */
    public record Row(int n, String fullName, String email, String nameError, String emailError) {

        public String nameField() {
            return "fullName" + n;
        }

        public String emailField() {
            return "email" + n;
        }
    }

    public enum Kind {
        PEOPLE, CITY, ORGANISATION, MEMBERS
    }

    private final Kind kind;
    private final List<String> names = new ArrayList<>();
    private final List<String> emails = new ArrayList<>();
    private final String cityId;
    private final String organisationId;
    private final List<String> memberIds;
    private final boolean skipApproval;
    private final FormErrors errors = FormErrors.none();
    /** The row (1-based) of each person the request names, in the request's order. */
    private final List<Integer> requestRows = new ArrayList<>();

    private InviteForm(Kind kind, String cityId, String organisationId, List<String> memberIds, boolean skipApproval) {
        this.kind = kind;
        this.cityId = cityId;
        this.organisationId = organisationId;
        this.memberIds = memberIds;
        this.skipApproval = skipApproval;
    }

    /** An empty form: no rows filled, accepting skips approval (the API's default). */
    public static InviteForm empty() {
        InviteForm form = new InviteForm(Kind.PEOPLE, "", "", List.of(), true);
        for (int n = 1; n <= ROWS; n++) {
            form.names.add("");
            form.emails.add("");
        }
        return form;
    }

    /** Reads a sent form and checks it; {@link #errors()} says what is wrong, in the words given. */
    public static InviteForm read(MultivaluedMap<String, String> sent, PeopleMessages words) {
        Kind kind = switch (value(sent, "kind")) {
            case "city" -> Kind.CITY;
            case "organisation" -> Kind.ORGANISATION;
            case "members" -> Kind.MEMBERS;
            default -> Kind.PEOPLE;
        };
        List<String> members = new ArrayList<>();
        List<String> sentMembers = sent.get("memberId");
        if (sentMembers != null) {
            sentMembers.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct()
                    .limit(MAX_MEMBERS).forEach(members::add);
        }
        InviteForm form = new InviteForm(kind, value(sent, "cityId"), value(sent, "organisationId"), members,
                "true".equals(value(sent, "skipApproval")));
        for (int n = 1; n <= ROWS; n++) {
            form.names.add(value(sent, "fullName" + n));
            form.emails.add(value(sent, "email" + n));
        }
        form.check(words);
        return form;
    }

    private void check(PeopleMessages words) {
        switch (kind) {
            case PEOPLE -> {
                for (int n = 1; n <= ROWS; n++) {
                    String name = names.get(n - 1);
                    String email = emails.get(n - 1);
                    if (name.isEmpty() && email.isEmpty()) {
                        continue;
                    }
                    if (name.isEmpty() || name.length() > MAX_NAME) {
                        errors.field("fullName" + n, words.error_fullName());
                    }
                    if (!plausibleEmail(email)) {
                        errors.field("email" + n, words.error_email());
                    }
                    requestRows.add(n);
                }
                if (requestRows.isEmpty()) {
                    errors.field("fullName1", words.error_no_person());
                }
            }
            case CITY -> {
                if (PeopleViews.uuid(cityId) == null) {
                    errors.field("cityId", words.error_city());
                }
            }
            case ORGANISATION -> {
                if (PeopleViews.uuid(organisationId) == null) {
                    errors.field("organisationId", words.error_organisation());
                }
            }
            case MEMBERS -> {
                if (memberIds.stream().map(PeopleViews::uuid).anyMatch(id -> id == null) || memberIds.isEmpty()) {
                    errors.field("members", words.error_members());
                }
            }
        }
    }

    /** Something@something, no spaces: the service checks the rest (and says so, beside the field). */
    static boolean plausibleEmail(String email) {
        int at = email.lastIndexOf('@');
        return at > 0 && at < email.length() - 1 && email.length() <= MAX_EMAIL
                && email.chars().noneMatch(Character::isWhitespace);
    }

    /** The request, once the form has no errors; skipApproval only for a workshop that asks for approval. */
    public PeopleModel.InviteBody body(boolean approval) {
        Boolean skip = approval ? skipApproval : null;
        return switch (kind) {
            case PEOPLE -> new PeopleModel.InviteBody(null, null, null, requestRows.stream()
                    .map(n -> new PeopleModel.InvitedPerson(names.get(n - 1), emails.get(n - 1))).toList(), skip);
            case CITY -> new PeopleModel.InviteBody(null, List.of(UUID.fromString(cityId)), null, null, skip);
            case ORGANISATION -> new PeopleModel.InviteBody(null, null, List.of(UUID.fromString(organisationId)),
                    null, skip);
            case MEMBERS -> new PeopleModel.InviteBody(memberIds.stream().map(UUID::fromString).toList(), null, null,
                    null, skip);
        };
    }

    /**
     * The service's 400: a field of a named person ({@code people[i].email}) beside its row's field, anything else
     * about the whole form.
     */
    public void refusedBy(Problem problem, PeopleMessages words) {
        for (Problem.FieldError error : problem.errors()) {
            Matcher m = PEOPLE_FIELD.matcher(error.field() == null ? "" : error.field());
            if (m.matches() && kind == Kind.PEOPLE && Integer.parseInt(m.group(1)) < requestRows.size()) {
                int row = requestRows.get(Integer.parseInt(m.group(1)));
                if ("email".equals(m.group(2))) {
                    errors.field("email" + row, words.error_email());
                } else {
                    errors.field("fullName" + row, words.error_fullName());
                }
            } else {
                errors.general(ConsoleProblems.line(error.field(), error.message()));
            }
        }
        if (!errors.any()) {
            errors.general(words.refused(ConsoleProblems.detail(problem)));
        }
    }

    public Kind kind() {
        return kind;
    }

    public FormErrors errors() {
        return errors;
    }

    /** The rows as shown again (values of the people form only when it was the one sent). */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            boolean mine = kind == Kind.PEOPLE;
            rows.add(new Row(n, mine ? names.get(n - 1) : "", mine ? emails.get(n - 1) : "",
                    errors.of("fullName" + n), errors.of("email" + n)));
        }
        return rows;
    }

    public String cityId() {
        return kind == Kind.CITY ? cityId : "";
    }

    public String organisationId() {
        return kind == Kind.ORGANISATION ? organisationId : "";
    }

    public Set<String> memberIds() {
        return kind == Kind.MEMBERS ? new LinkedHashSet<>(memberIds) : Set.of();
    }

    public boolean skipApproval() {
        return skipApproval;
    }

    /** Whether a form's "skip approval" box is ticked: as sent for the form sent, else ticked (the API's default). */
    public boolean skip(String form) {
        return !kind.name().equalsIgnoreCase(form) || skipApproval;
    }

    /** The error summary, each line of a named person's field saying which person and field it is about. */
    public List<FormErrors.Line> summary(PeopleMessages words) {
        List<FormErrors.Line> lines = new ArrayList<>();
        for (FormErrors.Line line : errors.summary(fieldOrder())) {
            Matcher m = line.field() == null ? null : ROW_FIELD.matcher(line.field());
            if (m != null && m.matches()) {
                String field = "email".equals(m.group(1)) ? words.col_email() : words.full_name();
                lines.add(new FormErrors.Line(line.field(),
                        words.person_legend(Integer.parseInt(m.group(2))) + ", " + field + ": " + line.text()));
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The order of the fields on the page, for the error summary. */
    public static List<String> fieldOrder() {
        List<String> order = new ArrayList<>();
        for (int n = 1; n <= ROWS; n++) {
            order.add("fullName" + n);
            order.add("email" + n);
        }
        order.add("cityId");
        order.add("organisationId");
        order.add("members");
        return order;
    }

    private static String value(MultivaluedMap<String, String> sent, String name) {
        String value = sent.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
