package org.convene.portal.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The portal's words, in English; Bengali in messages/msg_bn.properties. Templates use them as {msg:key}. */
@MessageBundle(value = "msg", locale = "en")
public interface Messages {

    @Message("Convene")
    String site_name();

    @Message("Workshops for the cities of the network")
    String site_tagline();

    @Message("Skip to the content")
    String skip_link();

    @Message("Language")
    String language();

    @Message("Open workshops")
    String workshops_title();

    @Message("Sign up for a workshop of the network. You will receive an email with a link to manage your place.")
    String workshops_intro();

    @Message("No workshop is open for registration just now.")
    String workshops_none();

    @Message("{count} seats left")
    String seats_left(int count);

    @Message("Full: you can join the waitlist")
    String seats_waitlist();

    @Message("Full")
    String seats_full();

    @Message("When")
    String when();

    @Message("Where")
    String where();

    @Message("Seats")
    String seats();

    @Message("{day}, {from} to {to}")
    String same_day(String day, String from, String to);

    @Message("{fromDay} {from} to {toDay} {to}")
    String several_days(String fromDay, String from, String toDay, String to);

    @Message("Times are in the workshop's time zone ({zone}).")
    String time_zone(String zone);

    @Message("Registration closes {day} at {time}.")
    String closes(String day, String time);

    @Message("Sign up")
    String signup_title();

    @Message("Fields marked * are required.")
    String signup_required_note();

    @Message("Full name *")
    String field_fullName();

    @Message("Email address *")
    String field_email();

    @Message("We send your confirmation and a link to manage your place to this address.")
    String hint_email();

    @Message("City")
    String field_cityId();

    @Message("Choose your city (optional)")
    String choose_city();

    @Message("Organisation")
    String field_organisation();

    @Message("Sign up")
    String signup_button();

    @Message("Join the waitlist")
    String waitlist_button();

    @Message("Registration for this workshop is not open.")
    String signup_closed();

    @Message("There is a problem")
    String error_summary();

    @Message("Enter your full name")
    String error_fullName();

    @Message("Enter an email address like name@example.org")
    String error_email();

    @Message("Choose a city from the list")
    String error_cityId();

    @Message("Enter a shorter organisation name")
    String error_organisation();

    @Message("This email address is already registered for this workshop. Use the link in your confirmation email to manage your place.")
    String error_already_registered();

    @Message("Registration for this workshop has closed.")
    String error_closed();

    @Message("This workshop is full and has no waitlist.")
    String error_full();

    @Message("Too many attempts from your connection. Wait a minute and try again.")
    String error_rate_limited();

    @Message("The form could not be sent. Please try again.")
    String error_form();

    @Message("You are registered")
    String result_confirmed_title();

    @Message("Your place at {title} is confirmed. We have sent a confirmation email to {email}.")
    String result_confirmed(String title, String email);

    @Message("You are on the waitlist")
    String result_waitlisted_title();

    @Message("{title} is full. You are number {position} on the waitlist; we will email {email} as soon as a seat is yours.")
    String result_waitlisted(String title, int position, String email);

    @Message("Application received")
    String result_pending_title();

    @Message("The organisers will review your application for {title} and write to {email}.")
    String result_pending(String title, String email);

    @Message("See or cancel your registration")
    String manage_link();

    @Message("Keep the email we sent you: its link is the way back to this page.")
    String manage_keep_email();

    @Message("Your registration")
    String registration_title();

    @Message("Status")
    String status();

    @Message("Confirmed")
    String status_CONFIRMED();

    @Message("On the waitlist")
    String status_WAITLISTED();

    @Message("Application received")
    String status_PENDING();

    @Message("Cancelled")
    String status_CANCELLED();

    @Message("Place on the waitlist")
    String position();

    @Message("Name")
    String name();

    @Message("Email")
    String email();

    @Message("Registered")
    String registered_at();

    @Message("Add to calendar (.ics)")
    String add_to_calendar();

    @Message("Cancel my registration")
    String cancel_button();

    @Message("Cancel your registration?")
    String cancel_title();

    @Message("Your seat at {title} will go to the next person on the waitlist. This cannot be undone.")
    String cancel_warning(String title);

    @Message("Yes, cancel my registration")
    String cancel_confirm();

    @Message("No, keep my registration")
    String cancel_keep();

    @Message("Your registration is cancelled.")
    String cancelled_notice();


    @Message("Email preferences")
    String preferences_title();

    @Message("Choose what we send to {email}. Confirmations, waitlist news, cancellations and changes to your workshops are always sent.")
    String preferences_intro(String email);

    @Message("Reminders before a workshop starts")
    String field_reminders();

    @Message("Announcements from the organisers")
    String field_announcements();

    @Message("Save my choices")
    String preferences_save();

    @Message("Your choices are saved.")
    String preferences_saved();

    @Message("Unsubscribe")
    String unsubscribe_title();

    @Message("Stop reminders and announcements to {email}? Confirmations and changes to your workshops are still sent.")
    String unsubscribe_question(String email);

    @Message("Unsubscribe")
    String unsubscribe_button();

    @Message("You are unsubscribed")
    String unsubscribed_title();

    @Message("We will send no more reminders or announcements to {email}.")
    String unsubscribed_text(String email);

    @Message("Change your email preferences")
    String preferences_link();

    @Message("This link does not work")
    String bad_link_title();

    @Message("The link is not valid or has expired. Open the link in the most recent email we sent you; every new email carries a fresh one.")
    String bad_link_text();

    @Message("Page not found")
    String not_found_title();

    @Message("There is no such page. It may have been removed, or the address may be mistyped.")
    String not_found_text();

    @Message("Please try again in a few minutes")
    String down_title();

    @Message("Part of Convene is not answering just now, so this page cannot be shown. Nothing you sent has been lost or changed. Please try again in a few minutes.")
    String down_text();

    @Message("Something went wrong")
    String error_title();

    @Message("This request could not be completed. Please go back and try again.")
    String error_text();

    @Message("See the open workshops")
    String back_to_workshops();

    @Message("You are invited")
    String invitation_title();

    @Message("{name}, the organisers invite you to this workshop.")
    String invitation_intro(String name);

    @Message("The invitation is personal: accepting registers you ({email}) and no one else.")
    String invitation_personal(String email);

    @Message("Accept the invitation")
    String invitation_accept();

    @Message("Cannot come?")
    String invitation_decline_heading();

    @Message("Reason (optional, for the organisers)")
    String invitation_reason();

    @Message("Decline the invitation")
    String invitation_decline();

    @Message("You declined this invitation. If your plans change, you can still accept it.")
    String invitation_declined_notice();

    @Message("You accepted this invitation.")
    String invitation_accepted_notice();

    @Message("See my registration")
    String invitation_open_registration();

    @Message("Your answer could not be recorded: {detail}")
    String invitation_refused(String detail);

    @Message("Write at most 2,000 characters, as plain text")
    String error_reason();

    @Message("This invitation was withdrawn")
    String invitation_gone_title();

    @Message("The organisers withdrew this invitation, so it can no longer be answered. If you think this is a mistake, please contact the organisers of the workshop.")
    String invitation_gone_text();

    @Message("This link has expired")
    String link_expired_title();

    @Message("Links in our emails stop working some weeks after their workshop has ended.")
    String link_expired_text();

    @Message("Show my name and organisation on the participant list")
    String field_listed();

    @Message("Only the organisers and the confirmed participants of this workshop see the list. You can change this later.")
    String hint_listed();

    @Message("Yes")
    String answer_yes();

    @Message("No")
    String answer_no();

    @Message("Participant list")
    String participant_list();

    @Message("Your name and organisation are shown")
    String participant_list_yes();

    @Message("Not shown")
    String participant_list_no();

    @Message("Your changes are saved.")
    String changes_saved();

    @Message("Change your details and answers")
    String change_button();

    @Message("Change your registration")
    String change_title();

    @Message("Back to your registration")
    String change_back();

    @Message("Save the changes")
    String change_save();

    @Message("Your registration was changed meanwhile (in another window, or by the organisers). This form now shows it as it is; make your changes again.")
    String error_changed_meanwhile();

    @Message("Give my place to a colleague")
    String transfer_button();

    @Message("Give your place to a colleague")
    String transfer_title();

    @Message("Your colleague takes your place as it is (confirmed, or your place on the waitlist) and receives an email with a link of their own. Your link then stops working. This cannot be undone.")
    String transfer_intro();

    @Message("Your colleague's full name *")
    String transfer_fullName();

    @Message("Your colleague's email address *")
    String transfer_email();

    @Message("Give my place")
    String transfer_confirm();

    @Message("Your place is now {name}'s")
    String transferred_title(String name);

    @Message("We sent {email} an email with their own link to their place at {title}. Your link no longer works.")
    String transferred_text(String title, String email);

    @Message("Convene is very busy just now, so this page cannot be shown. Nothing you sent has been lost or changed. Please try again in a moment.")
    String busy_text();
}
