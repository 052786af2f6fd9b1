package org.convene.portal.console.workshops;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the console's workshop pages (list, form, dashboard, cancel), in English; Bengali in
 * messages/cwk_bn.properties. Templates use them as {cwk:key}.
 */
@MessageBundle(value = "cwk", locale = "en")
public interface WorkshopMessages {

    // ---- words of the API's values

    @Message("{#when status}{#is 'DRAFT'}Draft{#is 'OPEN'}Open{#is 'CANCELLED'}Cancelled{#else}{status}{/when}")
    String status(String status);

    @Message("{#when kind}{#is 'OPEN'}Open{#is 'APPROVAL'}On approval{#is 'INVITATION'}By invitation{#else}{kind}{/when}")
    String admission(String kind);

    @Message("{#when kind}{#is 'OPEN'}anyone signs up, first come, first served.{#is 'APPROVAL'}sign-ups are applications an organiser approves or rejects.{#is 'INVITATION'}only the people you invite can register.{#else}{/when}")
    String admission_hint(String kind);

    @Message("{#when type}{#is 'TEXT'}Short text{#is 'LONG_TEXT'}Long text{#is 'CHOICE'}One choice{#is 'MULTI_CHOICE'}Several choices{#is 'BOOLEAN'}Yes or no{#is 'NUMBER'}Number{#is 'DATE'}Date{#is 'COUNTRY'}Country{#else}{type}{/when}")
    String type(String type);

    // ---- the list

    @Message("Workshops")
    String list_title();

    @Message("Every workshop of the network: drafts, open ones and cancelled ones.")
    String list_intro();

    @Message("Create a workshop")
    String new_link();

    @Message("Show workshops")
    String filter_label();

    @Message("All")
    String filter_all();

    @Message("No workshop here yet.")
    String list_none();

    @Message("Workshops: {count}")
    String list_caption(int count);

    @Message("Title")
    String col_title();

    @Message("When")
    String col_when();

    @Message("Status")
    String col_status();

    @Message("Confirmed / capacity")
    String col_confirmed();

    @Message("Waitlist")
    String col_waitlist();

    @Message("{confirmed} / {capacity}")
    String confirmed_of(int confirmed, int capacity);

    @Message("no waitlist")
    String no_waitlist();

    // ---- the form

    @Message("New workshop")
    String new_title();

    @Message("A new workshop is a draft: nobody sees it until you publish it from its dashboard.")
    String new_intro();

    @Message("Back to the workshops")
    String back_to_list();

    @Message("Edit: {title}")
    String edit_title(String title);

    @Message("The workshop")
    String about_legend();

    @Message("Title")
    String field_title();

    @Message("Description")
    String field_description();

    @Message("What the attendees will do and learn (optional).")
    String hint_description();

    @Message("Host city")
    String field_hostCityId();

    @Message("Choose the host city")
    String choose_city();

    @Message("Venue")
    String field_venue();

    @Message("The address, as the attendees need it (optional).")
    String hint_venue();

    @Message("When")
    String when_legend();

    @Message("Time zone")
    String field_timezone();

    @Message("The workshop's own time zone (IANA), for example Asia/Kolkata or Asia/Dhaka. The times below are in it.")
    String hint_timezone();

    @Message("Starts")
    String field_startsAt();

    @Message("Ends")
    String field_endsAt();

    @Message("Day and time in the workshop's time zone.")
    String hint_local();

    @Message("Seats")
    String seats_legend();

    @Message("Capacity")
    String field_capacity();

    @Message("Sign-ups beyond the capacity join a waitlist")
    String field_waitlistEnabled();

    @Message("Registration window")
    String window_legend();

    @Message("Sign-ups open")
    String field_registrationOpensAt();

    @Message("Blank: as soon as the workshop is published.")
    String hint_opens();

    @Message("Sign-ups close")
    String field_registrationClosesAt();

    @Message("Blank: when the workshop ends.")
    String hint_closes();

    @Message("Admission")
    String admission_legend();

    @Message("Seats per city")
    String allocation_legend();

    @Message("Keep seats for the cities of the network, so that no city takes them all. A city without a number of its own keeps the number for every city.")
    String allocation_intro();

    @Message("This workshop keeps seats per country (set through the API); the form leaves that as it is unless you keep seats per city instead.")
    String allocation_kept();

    @Message("Keep seats per city")
    String field_seatsByCity();

    @Message("Seats for every city")
    String field_seatsPerGroup();

    @Message("For each city without a number of its own below.")
    String hint_seatsPerGroup();

    @Message("Seats of each city (blank: the number for every city)")
    String seats_caption();

    @Message("City")
    String col_city();

    @Message("Country")
    String col_country();

    @Message("Its own seats")
    String col_own_seats();

    @Message("Seats of {city}")
    String seats_of(String city);

    @Message("The city limits lift")
    String field_seatsReleaseAt();

    @Message("From then on any city may take the seats left (blank: never).")
    String hint_seatsReleaseAt();

    @Message("Questions of the sign-up form")
    String questions_legend();

    @Message("Fill in a blank question to add one; tick \"Remove\" to take one away. Save to get more blank questions.")
    String questions_intro();

    @Message("Question {number}")
    String question_n(int number);

    @Message("Key")
    String field_key();

    @Message("The name of the answer: small letters, digits, - or _ (for example diet).")
    String hint_key();

    @Message("Type")
    String field_type();

    @Message("Question in English")
    String field_label_en();

    @Message("Question in Bengali")
    String field_label_bn();

    @Message("An answer is required")
    String field_required();

    @Message("Options")
    String field_options();

    @Message("For one or several choices: one option a line, key = English label = Bengali label (for example: vegetarian = Vegetarian = নিরামিষ).")
    String hint_options();

    @Message("Remove this question")
    String field_remove();

    @Message("Create the draft")
    String create_button();

    @Message("Save the changes")
    String save_button();

    @Message("Back")
    String back_button();

    // ---- errors

    @Message("Someone changed this workshop while you were editing it. The form now shows the workshop as it is; make your change again and save.")
    String error_changed_meanwhile();

    @Message("Your account may not do this.")
    String error_forbidden();

    @Message("Choose a city of the network.")
    String error_unknown_city();

    @Message("Lower than the confirmed sign-ups: {detail}")
    String error_capacity_below(String detail);

    @Message("People have already answered the questions: {detail}")
    String error_questions_in_use(String detail);

    @Message("Option line {number}:")
    String error_option_line(int number);

    @Message("Fill this in.")
    String error_required();

    @Message("Use 1 to 40 small letters (a-z), digits, - or _.")
    String error_key();

    @Message("The end must be after the start.")
    String error_ends_after_starts();

    @Message("Sign-ups must close after they open.")
    String error_closes_after_opens();

    @Message("Sign-ups must close by the end of the workshop.")
    String error_closes_before_end();

    @Message("Sign-ups must open before the workshop ends.")
    String error_opens_before_end();

    @Message("Give an IANA time zone, such as Asia/Kolkata.")
    String error_timezone();

    @Message("Give a day and a time.")
    String error_moment();

    @Message("Give a whole number.")
    String error_whole_number();

    @Message("Give at least {number}.")
    String error_at_least(String number);

    @Message("Give at most {number}.")
    String error_at_most(String number);

    @Message("Workshop not found")
    String not_found_title();

    @Message("There is no workshop at this address. Go back to the list of workshops.")
    String not_found_text();

    // ---- the dashboard

    @Message("Dashboard: {title}")
    String dashboard_title(String title);

    @Message("The draft is saved. Publish it when it is ready.")
    String done_created();

    @Message("Your changes are saved.")
    String done_saved();

    @Message("Nothing had changed: the workshop is as it was.")
    String done_unchanged();

    @Message("The workshop is published: people can sign up.")
    String done_published();

    @Message("The workshop is cancelled; its attendees are told.")
    String done_cancelled();

    @Message("sign-ups are open")
    String registration_open();

    @Message("sign-ups are not open now")
    String registration_not_open();

    @Message("Sign-ups open on {day}, {clock}")
    String opens_at(String day, String clock);

    @Message("Sign-ups close on {day}, {clock}")
    String closes_at(String day, String clock);

    @Message("Publish the workshop")
    String publish_button();

    @Message("Edit the workshop")
    String edit_link();

    @Message("Cancel the workshop")
    String cancel_link();

    @Message("Now")
    String counts_title();

    @Message("Confirmed")
    String count_confirmed();

    @Message("Capacity")
    String count_capacity();

    @Message("On the waitlist")
    String count_waitlist();

    @Message("Applications waiting")
    String count_pending();

    @Message("Checked in")
    String count_checked_in();

    @Message("Seats left: {count}.")
    String seats_left(int count);

    @Message("Sign-ups over time")
    String chart_heading();

    @Message("Nobody has signed up yet.")
    String chart_none();

    @Message("Sign-ups over time")
    String chart_title();

    @Message("No sign-ups yet.")
    String chart_desc_none();

    @Message("A line rising to {total} sign-ups in all, from {first} to {last}, counted per {unit}. The table below has the numbers.")
    String chart_desc(int total, String first, String last, String unit);

    @Message("hour")
    String chart_hour();

    @Message("day")
    String chart_day();

    @Message("week")
    String chart_week();

    @Message("Every sign-up so far (later cancellations included), the running total per {unit}.")
    String chart_caption(String unit);

    @Message("Only the first {count} sign-ups are counted.")
    String chart_bounded(int count);

    @Message("The numbers of the chart")
    String chart_numbers();

    @Message("Sign-ups per {unit}")
    String chart_table_caption(String unit);

    @Message("From ({unit})")
    String chart_col_when(String unit);

    @Message("New sign-ups")
    String chart_col_new();

    @Message("In all")
    String chart_col_total();

    @Message("Seats per city")
    String seats_heading();

    @Message("This workshop keeps no seats per city: the first to sign up get the seats.")
    String seats_none();

    @Message("Every city keeps {count} seats, unless it has a number of its own below.")
    String seats_every_city(int count);

    @Message("Every country keeps {count} seats, unless it has a number of its own below.")
    String seats_every_country(int count);

    @Message("The limits have lifted: any city may take the seats left.")
    String seats_released();

    @Message("The limits lift on {day}, {clock}.")
    String seats_release_at(String day, String clock);

    @Message("No city has a number of its own, and nobody has signed up yet.")
    String seats_no_rows();

    @Message("Seats kept and taken per city")
    String seats_caption_dashboard();

    @Message("Taken")
    String col_taken();

    @Message("Kept")
    String col_allocated();

    @Message("Taken of kept")
    String col_bar();

    @Message("{taken} of {allocated}")
    String taken_of(int taken, int allocated);

    @Message("full")
    String seats_full();

    // ---- cancel

    @Message("Cancel {title}?")
    String cancel_title(String title);

    @Message("Cancelling the workshop cancels every registration, application and waitlist place of it, and every attendee gets an email saying so.")
    String cancel_warning();

    @Message("Signed up now: {count} (confirmed, on the waitlist or waiting for approval).")
    String cancel_active(int count);

    @Message("This cannot be undone.")
    String cancel_final();

    @Message("Yes, cancel the workshop")
    String cancel_confirm();

    @Message("No, keep it")
    String cancel_keep();
}
