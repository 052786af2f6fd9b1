package org.convene.testkit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;

import org.slf4j.LoggerFactory;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server with IMAP (GreenMail). Every recipient gets a mailbox; IMAP logins are accepted with any
 * password, the login being the address. GreenMail finds and creates a mailbox by a linear scan of all of them, so a
 * delivery costs time in proportion to the recipients seen: about 18 ms of CPU each with 30,000 mailboxes (a profile
 * of the overload drill), which made the sink, not Convene, the machine's bottleneck. {@link #keepAtMost} bounds that:
 * the mailboxes of the oldest recipients are dropped, as a real relay would have passed their mail on.
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
    private ScheduledExecutorService trimmer;
    private int mailboxes;
    /** Logins in the order the trimmer first saw them. */
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();

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

    /**
     * Keeps the mailboxes of the {@code mailboxes} most recent recipients (checked every second): a long-running sink
     * (./convene up) stays as fast after a rush of 50,000 sign-ups as it was at start. 0 keeps everything.
     */
    public MailServer keepAtMost(int mailboxes) {
        if (mailboxes <= 0 || trimmer != null) {
            return this;
        }
        this.mailboxes = mailboxes;
        trimmer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "mail-sink-trimmer");
            thread.setDaemon(true);
            return thread;
        });
        trimmer.scheduleWithFixedDelay(this::trim, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** Notes the recipients seen since the last turn, then drops the oldest beyond the bound (the trimmer's turn). */
    synchronized void trim() {
        if (mailboxes <= 0) {
            return;
        }
        try {
            Map<String, GreenMailUser> byLogin = new HashMap<>();
            greenMail.getUserManager().listUser().forEach(user -> byLogin.put(user.getLogin(), user));
            seen.retainAll(byLogin.keySet());
            seen.addAll(byLogin.keySet()); // the new ones, after those seen before
            var oldest = seen.iterator();
            for (int excess = byLogin.size() - mailboxes; excess > 0 && oldest.hasNext(); excess--) {
                greenMail.getUserManager().deleteUser(byLogin.get(oldest.next()));
                oldest.remove();
            }
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(MailServer.class).warn("trimming the mail sink's mailboxes failed", e);
        }
    }

    public void stop() {
        if (trimmer != null) {
            trimmer.shutdownNow();
        }
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
