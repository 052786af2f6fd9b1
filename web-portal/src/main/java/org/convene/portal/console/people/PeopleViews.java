package org.convene.portal.console.people;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.convene.portal.client.Question;
import org.convene.portal.console.ConsoleWords;
import org.convene.portal.rest.Messages;
import org.convene.portal.rest.QuestionFields;

/** What the people pages show, in the page's language: each row's words made here, the templates only lay out. */
public final class PeopleViews {

    private PeopleViews() {
    }

    /** One answer of a person: the question's label and the answer in words. */
    public record Answer(String label, String value, boolean given) {
    }

    /** A pending application with its decision forms; reason and error when a rejection came back. */
    public record Application(UUID id, String fullName, String email, String organisation, String city,
            String appliedOn, List<Answer> answers, String reason, String error) {

        public String reasonField() {
            return "reason-" + id;
        }
    }

    /** One row of the invitations table. */
    public record InvitationRow(UUID id, String fullName, String email, String via, String status,
            String statusClass, String invitedOn, String answeredOn, String declineReason, boolean declined,
            List<Answer> answers, boolean revocable) {
    }

    /** One row of the registrations table. */
    public record RegistrationRow(UUID id, String fullName, String email, String status, String statusClass,
            String city, String organisation, String registeredOn, String checkedIn) {
    }

    /** An option of a select: value, words, selected. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A member found in the directory, offered for an invitation. */
    public record Member(UUID id, String fullName, String email, String city, boolean chosen) {
    }

    public static PeopleMessages words(String lang) {
        return ConsoleWords.in(PeopleMessages.class, lang);
    }

    static Messages portalWords(String lang) {
        return ConsoleWords.in(Messages.class, lang);
    }

    /** English as the network writes it (3 Dec 2026, 09:30), Bengali as CLDR has it; in the workshop's zone. */
    static String when(OffsetDateTime time, ZoneId zone, String lang) {
        if (time == null) {
            return "";
        }
        Locale locale = "en".equals(lang) ? Locale.UK : Locale.forLanguageTag(lang);
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(time.atZoneSameInstant(zone));
    }

    /** Every question of the workshop with the person's answer in words, "Not answered" where none. */
    static List<Answer> answers(List<Question> questions, Map<String, com.fasterxml.jackson.databind.JsonNode> given,
            String lang, PeopleMessages words) {
        return answers(questions, given, lang, words, portalWords(lang));
    }

    /** {@link #answers(List, Map, String, PeopleMessages)} with the portal's words (yes, no) given. */
    static List<Answer> answers(List<Question> questions, Map<String, com.fasterxml.jackson.databind.JsonNode> given,
            String lang, PeopleMessages words, Messages portal) {
        List<Answer> answers = new ArrayList<>();
        for (Question question : questions) {
            List<QuestionFields.Line> line = QuestionFields.lines(List.of(question), given, lang, portal);
            if (line.isEmpty()) {
                answers.add(new Answer(Question.text(question.label(), lang), words.not_answered(), false));
            } else {
                answers.add(new Answer(line.get(0).label(), line.get(0).value(), true));
            }
        }
        return answers;
    }

    static String registrationStatus(String status, Integer position, PeopleMessages words) {
        String word = switch (status == null ? "" : status) {
            case "PENDING" -> words.status_PENDING();
            case "CONFIRMED" -> words.status_CONFIRMED();
            case "WAITLISTED" -> words.status_WAITLISTED();
            case "REJECTED" -> words.status_REJECTED();
            case "CANCELLED" -> words.status_CANCELLED();
            default -> String.valueOf(status);
        };
        return "WAITLISTED".equals(status) && position != null ? word + ", " + words.waitlist_position(position) : word;
    }

    static String invitationStatus(String status, PeopleMessages words) {
        return switch (status == null ? "" : status) {
            case "PENDING" -> words.invitation_PENDING();
            case "ACCEPTED" -> words.invitation_ACCEPTED();
            case "DECLINED" -> words.invitation_DECLINED();
            case "REVOKED" -> words.invitation_REVOKED();
            default -> String.valueOf(status);
        };
    }

    static String via(String via, PeopleMessages words) {
        return switch (via == null ? "" : via) {
            case "member" -> words.via_member();
            case "city" -> words.via_city();
            case "organisation" -> words.via_organisation();
            case "person" -> words.via_person();
            default -> String.valueOf(via);
        };
    }

    static String admission(String admission, PeopleMessages words) {
        return switch (admission == null ? "" : admission) {
            case "APPROVAL" -> words.admission_APPROVAL();
            case "INVITATION" -> words.admission_INVITATION();
            default -> words.admission_OPEN();
        };
    }

    static String skipReason(String reason, PeopleMessages words) {
        return switch (reason == null ? "" : reason) {
            case "unknown-member" -> words.skip_unknown_member();
            case "erased-member" -> words.skip_erased_member();
            case "no-email" -> words.skip_no_email();
            case "unknown-city" -> words.skip_unknown_city();
            case "no-members" -> words.skip_no_members();
            case "unknown-organisation" -> words.skip_unknown_organisation();
            default -> String.valueOf(reason);
        };
    }

    /** A CSS class for a status, beside its words (never colour alone). */
    static String statusClass(String status) {
        return status == null ? "" : "cpe-status cpe-" + status.toLowerCase(Locale.ROOT);
    }

    static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
