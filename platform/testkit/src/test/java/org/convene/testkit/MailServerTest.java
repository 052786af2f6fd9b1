package org.convene.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

class MailServerTest {

    @Test
    void aBoundedSinkDropsTheMailboxesOfItsOldestRecipients() throws Exception {
        try (MailServer mail = MailServer.onFreePorts().start().keepAtMost(10)) {
            send(mail, "old", 10);
            mail.trim(); // a turn of the trimmer: it has seen the first ten (and keeps them: not over the bound)
            assertEquals(10, logins(mail).size());
            send(mail, "new", 10);
            mail.trim(); // the next turn (the background trimmer may have taken it already: the same result)
            Set<String> kept = logins(mail);
            assertEquals(10, kept.size(), "kept: " + kept);
            assertTrue(kept.stream().allMatch(login -> login.startsWith("new")), "kept: " + kept);
            assertEquals(10, mail.received().length, "the newest recipients' mail is still there");
        }
    }

    @Test
    void anUnboundedSinkKeepsEveryMailbox() throws Exception {
        try (MailServer mail = MailServer.onFreePorts().start().keepAtMost(0)) {
            send(mail, "all", 12);
            mail.trim();
            assertEquals(12, logins(mail).size());
        }
    }

    /** One email each to {@code <prefix>0@example.org} ... {@code <prefix><count-1>@example.org}, in that order. */
    private static void send(MailServer mail, String prefix, int count) {
        ServerSetup smtp = new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        for (int i = 0; i < count; i++) {
            GreenMailUtil.sendTextEmail(prefix + i + "@example.org", "sink@example.org", prefix + " " + i, "body", smtp);
        }
    }

    private static Set<String> logins(MailServer mail) {
        return mail.greenMail().getUserManager().listUser().stream().map(GreenMailUser::getLogin)
                .collect(Collectors.toSet());
    }
}
