package org.convene.portal.console.door;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the door (check-in), in English; Bengali in messages/cdo_bn.properties. Templates: {cdo:key}. */
@MessageBundle(value = "cdo", locale = "en")
public interface DoorMessages {

    @Message("Check-in")
    String title();

    @Message("Find each person as they arrive and check them in. The list narrows as you type.")
    String intro();

    @Message("{checkedIn} of {total} confirmed attendees checked in")
    String counts(int checkedIn, int total);

    @Message("Checked in so far")
    String progress_label();

    @Message("Search")
    String search_legend();

    @Message("Name, city or organisation")
    String search_label();

    @Message("Part of a name, a city or an organisation: the list narrows as you type.")
    String search_hint();

    @Message("Search")
    String search_button();

    @Message("Show everyone")
    String search_clear();

    @Message("{#if matches == 1}1 attendee matches{#else}{matches} attendees match{/if} “{q}”")
    String status_matches(int matches, String q);

    @Message("{#if total == 1}1 confirmed attendee{#else}{total} confirmed attendees{/if}")
    String status_all(int total);

    @Message("The first {shown} are shown: type more to narrow the list.")
    String truncated(int shown);

    @Message("Confirmed attendees")
    String caption();

    @Message("Name")
    String col_name();

    @Message("Organisation")
    String col_organisation();

    @Message("City")
    String col_city();

    @Message("Checked in")
    String col_checked_in();

    @Message("Action")
    String col_action();

    @Message("Not given")
    String not_given();

    @Message("Checked in at {time}")
    String checked_in_at(String time);

    @Message("Not yet")
    String not_yet();

    @Message("Check in")
    String check_in_button();

    @Message("Check in {name}")
    String check_in_label(String name);

    @Message("Undo")
    String undo_button();

    @Message("Undo the check-in of {name}")
    String undo_label(String name);

    @Message("{name} is checked in.")
    String done_in(String name);

    @Message("The check-in of {name} is undone.")
    String done_undone(String name);

    @Message("No confirmed attendee matches “{q}”.")
    String none_match(String q);

    @Message("No attendee is confirmed yet.")
    String none_confirmed();

    @Message("City names cannot be read just now: search by name or organisation.")
    String cities_unavailable();

    @Message("Only confirmed attendees are checked in: this registration is not confirmed (any more).")
    String error_not_confirmed();

    @Message("This registration was cancelled after its check-in: the check-in stays.")
    String error_undo_cancelled();

    @Message("There is no such registration.")
    String error_not_found();

    @Message("The service refused: {detail}")
    String error_refused(String detail);
}
