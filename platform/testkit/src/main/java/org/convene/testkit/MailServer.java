package org.convene.testkit;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server with IMAP (GreenMail). Every recipient gets a mailbox; IMAP logins are accepted with any
 * password, the login being the address.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    public MailServer(int smtpPort, int imapPort) {
        this.smtpPort = smtpPort == 0 ? FreePorts.next() : smtpPort;
        this.imapPort = imapPort == 0 ? FreePorts.next() : imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(this.smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(this.imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    public static MailServer onFreePorts() {
        return new MailServer(0, 0);
    }

    public MailServer start() {
        greenMail.start();
        return this;
    }

    public void stop() {
        greenMail.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    public MimeMessage[] received() {
        return greenMail.getReceivedMessages();
    }

    public GreenMail greenMail() {
        return greenMail;
    }
}
