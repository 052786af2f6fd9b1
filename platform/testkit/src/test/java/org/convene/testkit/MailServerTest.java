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
            ServerSetup smtp = new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            for (int i = 0; i < 10; i++) {
                GreenMailUtil.sendTextEmail("old" + i + "@example.org", "sink@example.org", "old " + i, "body", smtp);
            }
            Thread.sleep(1500); // the trimmer has seen the first ten (and kept them: not over the bound)
            assertEquals(10, logins(mail).size());
            for (int i = 0; i < 10; i++) {
                GreenMailUtil.sendTextEmail("new" + i + "@example.org", "sink@example.org", "new " + i, "body", smtp);
            }
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (logins(mail).size() > 10 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Set<String> kept = logins(mail);
            assertEquals(10, kept.size(), "kept: " + kept);
            assertTrue(kept.stream().allMatch(login -> login.startsWith("new")), "kept: " + kept);
            assertEquals(10, mail.received().length, "the newest recipients' mail is still there");
        }
    }

    @Test
    void anUnboundedSinkKeepsEveryMailbox() throws Exception {
        try (MailServer mail = MailServer.onFreePorts().start().keepAtMost(0)) {
            ServerSetup smtp = new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            for (int i = 0; i < 12; i++) {
                GreenMailUtil.sendTextEmail("all" + i + "@example.org", "sink@example.org", "all " + i, "body", smtp);
            }
            Thread.sleep(1500);
            assertEquals(12, logins(mail).size());
        }
    }

    private static Set<String> logins(MailServer mail) {
        return mail.greenMail().getUserManager().listUser().stream().map(GreenMailUser::getLogin)
                .collect(Collectors.toSet());
    }
}
