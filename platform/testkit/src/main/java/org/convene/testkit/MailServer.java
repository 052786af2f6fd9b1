package org.convene.testkit;

import java.util.logging.Level;

import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server with IMAP (GreenMail). Every recipient gets a mailbox; IMAP logins are accepted with any
 * password, the login being the address.
 */
public final class MailServer implements AutoCloseable {

    /**
     * GreenMail's loggers. When they are at DEBUG, GreenMail wraps every connection in logging streams that write each
     * byte of a reply with a system call of its own; with Nagle's algorithm on the server socket, the rest of the
     * reply then waits for the client's delayed ACK of the first byte, about 40 ms per SMTP command, ~180 ms per
     * message. That is what happens in {@link LocalInfrastructure}, where nothing configures the log manager (every
     * level passes). Inside a Quarkus test the level comes from the configuration and this changes nothing. Held
     * here so the level set on it stays.
     */
    private static final org.jboss.logmanager.Logger GREENMAIL_LOG =
            org.jboss.logmanager.Logger.getLogger("com.icegreen.greenmail");

    private final GreenMail greenMail;
    private final int smtpPort;
    private final int imapPort;

    public MailServer(int smtpPort, int imapPort) {
        quietProtocolLog();
        this.smtpPort = smtpPort == 0 ? FreePorts.next() : smtpPort;
        this.imapPort = imapPort == 0 ? FreePorts.next() : imapPort;
        this.greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(this.smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(this.imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    }

    /** Raises GreenMail's loggers to INFO unless a level was set for them on purpose. */
    static void quietProtocolLog() {
        if (GREENMAIL_LOG.getLevel() == null && LoggerFactory.getLogger(GREENMAIL_LOG.getName()).isDebugEnabled()) {
            GREENMAIL_LOG.setLevel(Level.INFO);
        }
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
