package org.convene.systemtests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

/** Reads a recipient's inbox over IMAP, as a mail client would. */
final class ImapMailbox {

    private final int port;

    ImapMailbox(int port) {
        this.port = port;
    }

    /** A message as read over IMAP: subject, the text of every part, and the content types of its parts. */
    record Mail(String subject, String text, List<String> partTypes, String messageId) {
    }

    List<Mail> read(String address) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(port));
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(address, "any-password");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    StringBuilder text = new StringBuilder();
                    List<String> types = new ArrayList<>();
                    collect(message, text, types);
                    String[] ids = message.getHeader("Message-ID");
                    mails.add(new Mail(message.getSubject(), text.toString(), types, ids == null ? null : ids[0]));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException("reading " + address + " over IMAP failed", e);
        }
    }

    /** Waits until the mailbox holds at least {@code count} messages matching, then returns those messages. */
    List<Mail> await(String address, Predicate<Mail> match, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Mail> matching;
        do {
            matching = read(address).stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            sleep(250);
        } while (System.nanoTime() < deadline);
        return matching;
    }

    private static void collect(Part part, StringBuilder text, List<String> types)
            throws MessagingException, java.io.IOException {
        types.add(part.getContentType().toLowerCase(java.util.Locale.ROOT));
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), text, types);
            }
        } else if (content instanceof String string) {
            text.append(string).append('\n');
        } else if (content instanceof java.io.InputStream stream) {
            text.append(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
