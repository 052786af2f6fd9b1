package org.convene.portal.console.outreach;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of announcements, the emails ledger and webhooks, in English; Bengali in messages/cou_bn.properties.
 * Templates use them as {cou:key}.
 */
@MessageBundle(value = "cou", locale = "en")
public interface OutreachMessages {

    // -- announcements

    @Message("Announcements")
    String ann_title();

    @Message("Write to everyone registered: the confirmed and the waitlisted. Those who turned announcements off are not emailed.")
    String ann_intro();

    @Message("New announcement")
    String ann_new();

    @Message("Fields marked * are required.")
    String required_note();

    @Message("Subject *")
    String ann_subject();

    @Message("One line, up to 200 characters.")
    String ann_subject_hint();

    @Message("Message *")
    String ann_body();

    @Message("Plain text: it is sent as you write it, with a link to the recipient's email preferences.")
    String ann_body_hint();

    @Message("Preview")
    String ann_preview_button();

    @Message("Check the announcement")
    String ann_preview_title();

    @Message("{#if count == 1}It goes to the workshop's 1 registrant.{#else}It goes to the workshop's {count} registrants.{/if} Nothing is sent until you press Send.")
    String ann_preview_to(int count);

    @Message("Subject")
    String ann_preview_subject();

    @Message("Message")
    String ann_preview_body();

    @Message("Send")
    String ann_send_button();

    @Message("Change it")
    String ann_edit_button();

    @Message("{#if queued == 1}The announcement is on its way to 1 registrant{#else}The announcement is on its way to {queued} registrants{/if}{#if suppressed > 0} ({suppressed} turned announcements off and are not emailed){/if}. Follow its delivery under Emails.")
    String ann_sent(int queued, int suppressed);

    @Message("Sent before")
    String ann_past();

    @Message("Announcements sent to this workshop's registrants, newest first")
    String ann_past_caption();

    @Message("No announcement has been sent for this workshop yet.")
    String ann_past_none();

    @Message("Sent")
    String col_sent_at();

    @Message("Subject")
    String col_subject();

    @Message("Recipients")
    String col_recipients();

    @Message("Delivery")
    String col_delivery();

    @Message("{sent} sent, {pending} waiting, {failed} failed, {suppressed} not sent")
    String ann_delivery(int sent, int pending, int failed, int suppressed);

    @Message("The workshop is cancelled: its registrants were told already, and no announcement goes out any more.")
    String ann_cancelled();

    @Message("Enter a subject.")
    String error_subject();

    @Message("Make the subject at most 200 characters long.")
    String error_subject_long();

    @Message("Write the message.")
    String error_body();

    @Message("Make the message at most 20,000 characters long.")
    String error_body_long();

    @Message("The notification service does not know this workshop yet. Try again in a minute.")
    String error_workshop_unknown();

    @Message("The service refused: {detail}")
    String error_refused(String detail);

    // -- the ledger

    @Message("Emails")
    String mail_title();

    @Message("Every email sent, waiting, failed or not sent for this workshop, oldest first. Times are in the workshop's time zone ({zone}).")
    String mail_intro(String zone);

    @Message("Filter")
    String mail_filter_legend();

    @Message("Kind")
    String mail_kind();

    @Message("Any kind")
    String mail_kind_any();

    @Message("Status")
    String mail_status();

    @Message("Any status")
    String mail_status_any();

    @Message("Recipient's email address")
    String mail_recipient();

    @Message("The whole address, any case.")
    String mail_recipient_hint();

    @Message("Show")
    String mail_filter_button();

    @Message("Clear the filter")
    String mail_filter_clear();

    @Message("The workshop's emails")
    String mail_caption();

    @Message("When")
    String col_when();

    @Message("Recipient")
    String col_recipient();

    @Message("Kind")
    String col_kind();

    @Message("Status")
    String col_status();

    @Message("Attempts")
    String col_attempts();

    @Message("Last error")
    String col_last_error();

    @Message("sent {time}")
    String mail_sent_at(String time);

    @Message("next attempt {time}")
    String mail_next_at(String time);

    @Message("None")
    String none();

    @Message("No email matches.")
    String mail_none();

    @Message("Next page")
    String next_page();

    @Message("First page")
    String first_page();

    @Message("Pages")
    String pages_label();

    @Message("Confirmation")
    String type_CONFIRMATION();

    @Message("On the waitlist")
    String type_WAITLISTED();

    @Message("Seat opened up")
    String type_PROMOTED();

    @Message("Registration cancelled")
    String type_CANCELLED();

    @Message("Workshop changed")
    String type_WORKSHOP_UPDATED();

    @Message("Workshop cancelled")
    String type_WORKSHOP_CANCELLED();

    @Message("Application received")
    String type_APPLICATION_RECEIVED();

    @Message("Application rejected")
    String type_APPLICATION_REJECTED();

    @Message("Place received")
    String type_TRANSFER_RECEIVED();

    @Message("Place passed on")
    String type_TRANSFER_SENT();

    @Message("Invitation")
    String type_INVITATION();

    @Message("Invitation reminder")
    String type_INVITATION_REMINDER();

    @Message("Reminder")
    String type_REMINDER();

    @Message("Announcement")
    String type_ANNOUNCEMENT();

    @Message("Webhook disabled")
    String type_WEBHOOK_DISABLED();

    @Message("Waiting to be sent")
    String status_PENDING();

    @Message("Sent")
    String status_SENT();

    @Message("Failed")
    String status_FAILED();

    @Message("Not sent")
    String status_SUPPRESSED();

    @Message("the recipient turned these emails off")
    String reason_OPTED_OUT();

    @Message("a later email made it moot")
    String reason_SUPERSEDED();

    @Message("the recipient was erased")
    String reason_ERASED();

    // -- webhooks

    @Message("Webhooks")
    String hook_title();

    @Message("A webhook tells one of your own applications what happens: each event you choose is POSTed to its URL as a CloudEvent, signed with the webhook's secret. Only you see your webhooks.")
    String hook_intro();

    @Message("Your webhooks")
    String hook_caption();

    @Message("You have no webhook yet.")
    String hook_none();

    @Message("URL")
    String col_url();

    @Message("Events")
    String col_events();

    @Message("Description")
    String col_description();

    @Message("Created")
    String col_created();

    @Message("Actions")
    String col_actions();

    @Message("Active")
    String hook_ACTIVE();

    @Message("Disabled")
    String hook_DISABLED();

    @Message("since {time}")
    String hook_disabled_since(String time);

    @Message("Edit")
    String hook_edit();

    @Message("Edit the webhook {url}")
    String hook_edit_label(String url);

    @Message("Deliveries")
    String hook_deliveries();

    @Message("Deliveries of the webhook {url}")
    String hook_deliveries_label(String url);

    @Message("Disable")
    String hook_disable();

    @Message("Disable the webhook {url}")
    String hook_disable_label(String url);

    @Message("Enable")
    String hook_enable();

    @Message("Enable the webhook {url}")
    String hook_enable_label(String url);

    @Message("Delete")
    String hook_delete();

    @Message("Delete the webhook {url}")
    String hook_delete_label(String url);

    @Message("Add a webhook")
    String hook_new();

    @Message("URL *")
    String hook_url();

    @Message("Where the events are POSTed: an absolute http or https address of your application.")
    String hook_url_hint();

    @Message("Description")
    String hook_description();

    @Message("What it is for (optional, up to 500 characters).")
    String hook_description_hint();

    @Message("Events *")
    String hook_events();

    @Message("All events, also those added later")
    String hook_all();

    @Message("Create the webhook")
    String hook_create_button();

    @Message("Save")
    String hook_save_button();

    @Message("Back to the webhooks")
    String hook_back();

    @Message("The webhook is created")
    String hook_created_title();

    @Message("Events go to {url} from now on.")
    String hook_created_text(String url);

    @Message("Signing secret")
    String hook_secret();

    @Message("Store the secret now, where your application keeps its secrets: it is shown only this once. With it your application checks the webhook-signature header of every delivery (Standard Webhooks). Lost it? Delete the webhook and create a new one.")
    String hook_secret_note();

    @Message("Edit the webhook")
    String hook_edit_title();

    @Message("Status: {status}")
    String hook_status(String status);

    @Message("Delete the webhook?")
    String hook_delete_title();

    @Message("Nothing more is sent to {url}, and its delivery log is deleted with it. This cannot be undone.")
    String hook_delete_warning(String url);

    @Message("Delete the webhook")
    String hook_delete_confirm();

    @Message("Keep it")
    String hook_delete_keep();

    @Message("The webhook is saved.")
    String hook_done_saved();

    @Message("The webhook is disabled: nothing is sent to it until you enable it.")
    String hook_done_disabled();

    @Message("The webhook is enabled: its waiting deliveries are sent now.")
    String hook_done_enabled();

    @Message("The webhook is deleted.")
    String hook_done_deleted();

    @Message("Deliveries")
    String del_title();

    @Message("Each event for {url}, oldest first. Times are in UTC.")
    String del_intro(String url);

    @Message("The webhook's deliveries")
    String del_caption();

    @Message("No event has been sent to this webhook yet.")
    String del_none();

    @Message("Event")
    String col_event();

    @Message("Last answer")
    String col_answer();

    @Message("HTTP {code} in {ms} ms")
    String del_answer(int code, long ms);

    @Message("No answer")
    String del_no_answer();

    @Message("delivered {time}")
    String del_delivered_at(String time);

    @Message("Retry")
    String del_retry();

    @Message("Retry: deliver the event {event} again")
    String del_retry_label(String event);

    @Message("The delivery is due again now: reload the page in a moment to see how it went.")
    String del_done_retried();

    @Message("The webhook is disabled: enable it to retry its deliveries.")
    String del_disabled();

    @Message("Pending")
    String del_PENDING();

    @Message("Delivered")
    String del_DELIVERED();

    @Message("Failed")
    String del_FAILED();

    @Message("This delivery was delivered already, or the webhook is disabled.")
    String error_retry_conflict();

    @Message("Enter the URL your application receives the events at.")
    String error_url();

    @Message("Enter an absolute address starting with https:// or http://.")
    String error_url_scheme();

    @Message("The service does not accept this URL: {reason}")
    String error_url_refused(String reason);

    @Message("Choose at least one event, or all events.")
    String error_events();

    @Message("Make the description at most 500 characters long.")
    String error_description();

    @Message("Registrations")
    String group_registration();

    @Message("Workshops")
    String group_workshop();

    @Message("Invitations")
    String group_invitation();

    @Message("Members of the directory")
    String group_member();

    @Message("All events")
    String events_all();

    @Message("A registration is confirmed")
    String evt_registration_confirmed();

    @Message("A registrant joins the waitlist")
    String evt_registration_waitlisted();

    @Message("A waitlisted registrant gets a seat")
    String evt_registration_promoted();

    @Message("A registration is cancelled")
    String evt_registration_cancelled();

    @Message("An application is submitted")
    String evt_registration_submitted();

    @Message("An application is approved")
    String evt_registration_approved();

    @Message("An application is rejected")
    String evt_registration_rejected();

    @Message("A place is passed on to a colleague")
    String evt_registration_transferred();

    @Message("A registration is changed")
    String evt_registration_updated();

    @Message("An attendee is checked in")
    String evt_registration_checked_in();

    @Message("A check-in is undone")
    String evt_registration_check_in_undone();

    @Message("A workshop is published")
    String evt_workshop_published();

    @Message("A workshop is changed")
    String evt_workshop_updated();

    @Message("A workshop is cancelled")
    String evt_workshop_cancelled();

    @Message("An invitation is sent")
    String evt_invitation_created();

    @Message("An invitation's reminder is due")
    String evt_invitation_reminder_due();

    @Message("An invitation is accepted")
    String evt_invitation_accepted();

    @Message("An invitation is declined")
    String evt_invitation_declined();

    @Message("An invitation is withdrawn")
    String evt_invitation_revoked();

    @Message("A member is added to the directory")
    String evt_member_created();

    @Message("A member's details change")
    String evt_member_updated();

    @Message("A member is erased")
    String evt_member_erased();
}
