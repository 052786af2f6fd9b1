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
    REMINDER(false),
    ANNOUNCEMENT(false);

    private final boolean essential;

    NotificationType(boolean essential) {
        this.essential = essential;
    }

    public boolean essential() {
        return essential;
    }

    /** Template base name: {@code emails/<name>.<language>.html|txt}. */
    public String templateName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
