package org.convene.notification.domain;

/** The kinds of email. Essential ones are always sent; the others respect the recipient's preferences. */
public enum NotificationType {
    CONFIRMATION(true),
    WAITLISTED(true),
    PROMOTED(true),
    CANCELLED(true),
    WORKSHOP_UPDATED(true),
    WORKSHOP_CANCELLED(true),
    APPLICATION_RECEIVED(true),
    APPLICATION_REJECTED(true),
    TRANSFER_RECEIVED(true),
    TRANSFER_SENT(true),
    INVITATION(true),
    INVITATION_REMINDER(false),
    REMINDER(false),
    ANNOUNCEMENT(false),
    /** To an organiser: a webhook of theirs failed for the give-up window and was disabled. */
    WEBHOOK_DISABLED(true);

    private final boolean essential;

    NotificationType(boolean essential) {
        this.essential = essential;
    }

    public boolean essential() {
        return essential;
    }

    /**
     * The kinds of email of the same registration that this one makes moot when it is queued after them and they are
     * still unsent: a cancellation ends everything before it, a seat ends being on the waitlist, a newer schedule
     * replaces an older one. Such an earlier email is not sent (SUPPRESSED, reason SUPERSEDED); one already being sent
     * goes out before this one, never after.
     */
    public java.util.Set<NotificationType> supersedes() {
        return switch (this) {
            case CANCELLED, WORKSHOP_CANCELLED -> java.util.EnumSet.of(CONFIRMATION, WAITLISTED, PROMOTED, WORKSHOP_UPDATED, REMINDER);
            case PROMOTED, CONFIRMATION -> java.util.EnumSet.of(WAITLISTED);
            case WORKSHOP_UPDATED -> java.util.EnumSet.of(WORKSHOP_UPDATED);
            default -> java.util.EnumSet.noneOf(NotificationType.class);
        };
    }

    /** Every pair "LATER:EARLIER" such that a later email of the first type makes an earlier one of the second moot. */
    public static String[] supersedingPairs() {
        return java.util.Arrays.stream(values())
                .flatMap(later -> later.supersedes().stream().map(earlier -> later.name() + ":" + earlier.name()))
                .toArray(String[]::new);
    }

    /** Template base name: {@code emails/<name>.<language>.html|txt}. */
    public String templateName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
