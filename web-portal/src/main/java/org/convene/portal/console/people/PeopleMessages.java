package org.convene.portal.console.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the console's people pages (applications, invitations, registrations), in English; Bengali in
 * messages/cpe_bn.properties. Templates use them as {cpe:key}.
 */
@MessageBundle(value = "cpe", locale = "en")
public interface PeopleMessages {

    // ---- shared
    @Message("Name")
    String col_name();

    @Message("Email")
    String col_email();

    @Message("Status")
    String col_status();

    @Message("City")
    String col_city();

    @Message("Organisation")
    String col_organisation();

    @Message("Not given")
    String not_given();

    @Message("Not answered")
    String not_answered();

    @Message("Next page")
    String next_page();

    @Message("Back to the first page")
    String first_page();

    @Message("Pages")
    String paging_label();

    @Message("The service refused: {detail}")
    String refused(String detail);

    @Message("Applied")
    String status_PENDING();

    @Message("Confirmed")
    String status_CONFIRMED();

    @Message("On the waitlist")
    String status_WAITLISTED();

    @Message("Rejected")
    String status_REJECTED();

    @Message("Cancelled")
    String status_CANCELLED();

    @Message("number {position}")
    String waitlist_position(int position);

    @Message("open to anyone")
    String admission_OPEN();

    @Message("by application, approved by the organisers")
    String admission_APPROVAL();

    @Message("by invitation only")
    String admission_INVITATION();

    // ---- applications
    @Message("Applications")
    String applications_title();

    @Message("People who applied wait for your decision. Approving gives them a seat, or a place on the waitlist when the workshop is full; rejecting emails them your reason.")
    String applications_intro();

    @Message("Admission to this workshop is {admission}: sign-ups need no approval, so no application waits here.")
    String applications_not_approval(String admission);

    @Message("No application waits for a decision.")
    String applications_none();

    @Message("Waiting for a decision")
    String applications_heading();

    @Message("Applied on")
    String applied_on();

    @Message("Approve")
    String approve();

    @Message("Approve {name}")
    String approve_who(String name);

    @Message("Reason for rejecting (emailed to the applicant)")
    String reject_reason();

    @Message("Reject")
    String reject();

    @Message("Reject {name}")
    String reject_who(String name);

    @Message("Write the reason for rejecting: it is emailed to the applicant.")
    String error_reason_required();

    @Message("The reason must be plain text of at most 2,000 characters.")
    String error_reason_invalid();

    @Message("{name} is approved and has a seat.")
    String done_approved(String name);

    @Message("{name} is approved and on the waitlist, number {position}.")
    String done_waitlisted(String name, int position);

    @Message("{name}'s application is rejected; your reason is emailed to them.")
    String done_rejected(String name);

    @Message("The decision is made.")
    String done_decided();

    @Message("That decision did not go through: {detail}")
    String decision_refused(String detail);

    // ---- invitations
    @Message("Invitations")
    String invitations_title();

    @Message("Each invited person gets a personal link by email to accept or decline. An email address invited before gets no second invitation.")
    String invitations_intro();

    @Message("Invite")
    String invite_heading();

    @Message("Named people")
    String invite_people_legend();

    @Message("Anyone, in the directory or not. Leave the rows you do not need empty.")
    String invite_people_hint();

    @Message("Person {n}")
    String person_legend(int n);

    @Message("Full name")
    String full_name();

    @Message("Invite these people")
    String invite_people_button();

    @Message("A whole city")
    String invite_city_legend();

    @Message("Every member of the city in the directory is invited.")
    String invite_city_hint();

    @Message("Choose a city")
    String choose_city();

    @Message("Invite the city's members")
    String invite_city_button();

    @Message("A whole organisation")
    String invite_organisation_legend();

    @Message("Choose an organisation")
    String choose_organisation();

    @Message("Invite the organisation's members")
    String invite_organisation_button();

    @Message("Members from the directory")
    String invite_members_legend();

    @Message("Find members by part of their name or email, then choose whom to invite.")
    String member_search_hint();

    @Message("Name or email")
    String member_search_label();

    @Message("Find members")
    String member_search_button();

    @Message("Members found for “{q}”")
    String members_found(String q);

    @Message("Invite")
    String col_invite();

    @Message("Invite the chosen members")
    String invite_members_button();

    @Message("No member matches “{q}”.")
    String members_none(String q);

    @Message("The directory cannot be searched just now: try again in a moment.")
    String members_failed();

    @Message("Accepting gives a seat at once, without an approval")
    String skip_approval();

    @Message("Write the person's full name.")
    String error_fullName();

    @Message("Write an email address such as name@example.org.")
    String error_email();

    @Message("Write at least one person's full name and email.")
    String error_no_person();

    @Message("Choose a city.")
    String error_city();

    @Message("Choose an organisation.")
    String error_organisation();

    @Message("Choose at least one member.")
    String error_members();

    @Message("Invitations sent: {created}. Invited before: {already}. Skipped: {skipped}.")
    String done_invited(int created, int already, int skipped);

    @Message("Skipped, and why: {reasons}.")
    String done_skipped(String reasons);

    @Message("not in the directory")
    String skip_unknown_member();

    @Message("erased from the directory")
    String skip_erased_member();

    @Message("no email address")
    String skip_no_email();

    @Message("no such city")
    String skip_unknown_city();

    @Message("no members")
    String skip_no_members();

    @Message("no such organisation")
    String skip_unknown_organisation();

    @Message("The invitation is revoked: its link no longer works.")
    String done_revoked();

    @Message("Who was invited")
    String invitations_list();

    @Message("Show")
    String show_button();

    @Message("All")
    String all_statuses();

    @Message("Invitations: {status}")
    String invitations_caption(String status);

    @Message("No invitation here yet.")
    String invitations_none();

    @Message("Invited through")
    String col_via();

    @Message("Invited on")
    String col_invited_on();

    @Message("Answer")
    String col_answer();

    @Message("Action")
    String col_action();

    @Message("the directory")
    String via_member();

    @Message("a city")
    String via_city();

    @Message("an organisation")
    String via_organisation();

    @Message("by name")
    String via_person();

    @Message("Waiting for an answer")
    String invitation_PENDING();

    @Message("Accepted")
    String invitation_ACCEPTED();

    @Message("Declined")
    String invitation_DECLINED();

    @Message("Revoked")
    String invitation_REVOKED();

    @Message("Answered on {when}")
    String answered_on(String when);

    @Message("Revoked on {when}")
    String revoked_on(String when);

    @Message("Reason: {reason}")
    String decline_reason(String reason);

    @Message("No reason given.")
    String no_reason();

    @Message("Revoke")
    String revoke();

    @Message("Revoke the invitation of {name}")
    String revoke_who(String name);

    @Message("The invitation was not revoked: {detail}")
    String revoke_refused(String detail);

    // ---- registrations
    @Message("Registrations")
    String registrations_title();

    @Message("Filter")
    String filters_legend();

    @Message("All statuses")
    String any_status();

    @Message("All cities")
    String any_city();

    @Message("Name or email")
    String search_label();

    @Message("Filter")
    String filter_button();

    @Message("Clear the filters")
    String clear_filters();

    @Message("Registrations shown: {n}")
    String registrations_caption(int n);

    @Message("No registration matches.")
    String registrations_none();

    @Message("Registered on")
    String col_registered_on();

    @Message("Checked in")
    String col_checked_in();

    @Message("Not yet")
    String not_checked_in();

    @Message("{n} registrations searched from here, and more follow: the next page searches on.")
    String scanned_more(int n);

    @Message("Roster")
    String roster_heading();

    @Message("The whole roster as a file: confirmed people first, then the waitlist in order, then everyone else (applications, rejections, cancellations), with everyone's answers.")
    String roster_intro();

    @Message("Download the roster (CSV)")
    String download_csv();

    @Message("Download the roster (Excel, XLSX)")
    String download_xlsx();
}
