package org.convene.portal.console.outreach;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The event types a webhook can ask for: every CloudEvents type notification-service consumes (its
 * WebhookEventTypes.KNOWN, contracts/asyncapi.yaml), grouped as the form shows them, each with its words.
 */
public final class WebhookEvents {

    /** Every event, also those added later. */
    public static final String ALL = "*";

    /** One check box: the type, the id of its input, its words; checked when the form has it. */
    public record Choice(String type, String id, String label, boolean checked) {
    }

    /** One fieldset of check boxes. */
    public record Group(String key, String legend, List<Choice> choices) {
    }

    private record Type(String type, Function<OutreachMessages, String> label) {
    }

    private record Kind(String key, Function<OutreachMessages, String> legend, List<Type> types) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("registration", OutreachMessages::group_registration, List.of(
                    new Type("convene.registration.confirmed.v1", OutreachMessages::evt_registration_confirmed),
                    new Type("convene.registration.waitlisted.v1", OutreachMessages::evt_registration_waitlisted),
                    new Type("convene.registration.promoted.v1", OutreachMessages::evt_registration_promoted),
                    new Type("convene.registration.cancelled.v1", OutreachMessages::evt_registration_cancelled),
                    new Type("convene.registration.submitted.v1", OutreachMessages::evt_registration_submitted),
                    new Type("convene.registration.approved.v1", OutreachMessages::evt_registration_approved),
                    new Type("convene.registration.rejected.v1", OutreachMessages::evt_registration_rejected),
                    new Type("convene.registration.transferred.v1", OutreachMessages::evt_registration_transferred),
                    new Type("convene.registration.updated.v1", OutreachMessages::evt_registration_updated),
                    new Type("convene.registration.checked-in.v1", OutreachMessages::evt_registration_checked_in),
                    new Type("convene.registration.check-in-undone.v1",
                            OutreachMessages::evt_registration_check_in_undone))),
            new Kind("workshop", OutreachMessages::group_workshop, List.of(
                    new Type("convene.workshop.published.v1", OutreachMessages::evt_workshop_published),
                    new Type("convene.workshop.updated.v1", OutreachMessages::evt_workshop_updated),
                    new Type("convene.workshop.cancelled.v1", OutreachMessages::evt_workshop_cancelled))),
            new Kind("invitation", OutreachMessages::group_invitation, List.of(
                    new Type("convene.invitation.created.v1", OutreachMessages::evt_invitation_created),
                    new Type("convene.invitation.reminder-due.v1", OutreachMessages::evt_invitation_reminder_due),
                    new Type("convene.invitation.accepted.v1", OutreachMessages::evt_invitation_accepted),
                    new Type("convene.invitation.declined.v1", OutreachMessages::evt_invitation_declined),
                    new Type("convene.invitation.revoked.v1", OutreachMessages::evt_invitation_revoked))),
            new Kind("member", OutreachMessages::group_member, List.of(
                    new Type("convene.member.created.v1", OutreachMessages::evt_member_created),
                    new Type("convene.member.updated.v1", OutreachMessages::evt_member_updated),
                    new Type("convene.member.erased.v1", OutreachMessages::evt_member_erased))));

    private WebhookEvents() {
    }

    /** Every known type, in the form's order. */
    public static List<String> known() {
        return KINDS.stream().flatMap(k -> k.types().stream()).map(Type::type).toList();
    }

    /** The form's fieldsets, the types of {@code checked} ticked. */
    static List<Group> groups(OutreachMessages words, Set<String> checked) {
        List<Group> groups = new ArrayList<>();
        for (Kind kind : KINDS) {
            List<Choice> choices = kind.types().stream()
                    .map(t -> new Choice(t.type(), id(t.type()), t.label().apply(words), checked.contains(t.type())))
                    .toList();
            groups.add(new Group(kind.key(), kind.legend().apply(words), choices));
        }
        return groups;
    }

    /** The words of one type ("*": all events; a type this portal does not know: itself). */
    static String label(OutreachMessages words, String type) {
        if (ALL.equals(type)) {
            return words.events_all();
        }
        return KINDS.stream().flatMap(k -> k.types().stream()).filter(t -> t.type().equals(type)).findFirst()
                .map(t -> t.label().apply(words)).orElse(type);
    }

    /** The id of a type's check box: {@code evt-registration-confirmed-v1}. */
    static String id(String type) {
        return "evt-" + type.replaceFirst("^convene\\.", "").replaceAll("[^A-Za-z0-9]+", "-");
    }
}
