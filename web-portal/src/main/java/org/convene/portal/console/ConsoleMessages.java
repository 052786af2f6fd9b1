package org.convene.portal.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the console's frame (layout, navigation, the workshop's tabs, the console's error pages), in English;
 * Bengali in messages/console_bn.properties. Templates use them as {console:key}. Each area of the console has a
 * bundle of its own.
 */
@MessageBundle(value = "console", locale = "en")
public interface ConsoleMessages {

    @Message("Organiser console")
    String title();

    @Message("Console")
    String nav_label();

    @Message("Workshops")
    String nav_workshops();

    @Message("Webhooks")
    String nav_webhooks();

    @Message("Attendee pages")
    String nav_public();

    @Message("Signed in as {name}")
    String signed_in_as(String name);

    @Message("Sign out")
    String sign_out();

    @Message("Workshop")
    String tabs_label();

    @Message("Dashboard")
    String tab_dashboard();

    @Message("Edit")
    String tab_edit();

    @Message("Applications")
    String tab_applications();

    @Message("Invitations")
    String tab_invitations();

    @Message("Registrations")
    String tab_registrations();

    @Message("Check-in")
    String tab_check_in();

    @Message("Announcements")
    String tab_announcements();

    @Message("Emails")
    String tab_emails();

    @Message("Welcome, {name}")
    String home_title(String name);

    @Message("Run the network's workshops: create and publish them, decide applications, invite cities, check people in at the door, and write to them.")
    String home_intro();

    @Message("Your workshops")
    String home_workshops();

    @Message("Webhooks: tell your own applications what happens")
    String home_webhooks();

    @Message("Not an organiser")
    String forbidden_title();

    @Message("Your account can sign in, but it does not have the organiser role. Ask the network's administrator to give it to you.")
    String forbidden_text();

    @Message("That did not work")
    String refused_title();

    @Message("The service refused: {detail}")
    String refused_text(String detail);
}
