package org.convene.portal.console.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.ws.rs.NotFoundException;

import org.convene.portal.console.BengaliWords;
import org.convene.portal.console.MessageKeys;
import org.junit.jupiter.api.Test;

/** The people pages' links, confirmations and words. */
class PeopleLinksTest {

    private final PeopleMessages words = MessageKeys.of(PeopleMessages.class);

    @Test
    void linksCarryOnlyTheParametersGivenEncoded() {
        UUID id = UUID.fromString("0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10");
        String base = PeopleLinks.base(id, "registrations");
        assertEquals("/organiser/workshops/0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10/registrations", base);
        assertEquals(base + "?q=an+sen%26co&cursor=AZOk", PeopleLinks.of(base, "status", null, "city", " ",
                "q", "an sen&co", "cursor", "AZOk"));
        assertEquals(base, PeopleLinks.of(base, "status", ""));
    }

    @Test
    void onlyAnApiLikeCursorIsPassedOn() {
        assertEquals("AZOk0-_x", PeopleLinks.cursor("AZOk0-_x"));
        assertNull(PeopleLinks.cursor("a&b=c"));
        assertNull(PeopleLinks.cursor(" "));
        assertNull(PeopleLinks.cursor("x".repeat(201)));
        assertThrows(NotFoundException.class, () -> PeopleLinks.id("nope"));
    }

    @Test
    void theInviteConfirmationCountsTheSkippedByReason() {
        assertEquals("done_invited(2, 1, 0)", InvitationConsole.invited(2, 1, null, words));
        assertEquals("done_invited(0, 0, 3) done_skipped(skip_no_email (2), skip_unknown_city (1))",
                InvitationConsole.invited(0, 0, "no-email,unknown-city,no-email", words));
        assertEquals("ACCEPTED", InvitationConsole.status(" accepted "));
        assertNull(InvitationConsole.status("EVERYTHING"));
    }

    @Test
    void theRosterIsAlwaysAnAttachmentNamedByThePortal() {
        UUID id = UUID.fromString("0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10");
        assertEquals("attachment; filename=\"roster-0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10.xlsx\"",
                RosterDownload.disposition(id, true));
        assertEquals("attachment; filename=\"roster-0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10.csv\"",
                RosterDownload.disposition(id, false));
    }

    @Test
    void everyWordHasItsBengali() throws IOException {
        Properties bengali = BengaliWords.assertComplete(PeopleMessages.class, "messages/cpe_bn.properties");
        for (Method method : PeopleMessages.class.getDeclaredMethods()) {
            String english = method.getAnnotation(io.quarkus.qute.i18n.Message.class).value();
            String text = bengali.getProperty(method.getName());
            assertEquals(parameters(english), parameters(text), method.getName() + ": the same parameters");
        }
    }

    private static Set<String> parameters(String message) {
        Set<String> names = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(message);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
