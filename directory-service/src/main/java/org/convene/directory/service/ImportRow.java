package org.convene.directory.service;

/**
 * One valid line of a member CSV import. The optional columns that the file does not have keep the member's
 * current values on an update ({@code has*} false).
 */
record ImportRow(long line, MemberDetails member, boolean hasOrganisationId, boolean hasTitle, boolean hasPhone,
        boolean hasPreferredLanguage) {
}
