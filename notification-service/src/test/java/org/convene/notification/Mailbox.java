package org.convene.notification;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.testkit.SharedInfrastructure;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** Reads what the real SMTP server (GreenMail) received. */
final class Mailbox {

    private Mailbox() {
    }

    static List<MimeMessage> to(String recipient) {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SharedInfrastructure.mail().received()) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().contains(recipient))) {
                    found.add(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Message-IDs received so far, per recipient address (one pass over everything the server holds). */
    static Map<String, List<String>> messageIdsByRecipient() {
        Map<String, List<String>> found = new HashMap<>();
        for (MimeMessage message : SharedInfrastructure.mail().received()) {
            try {
                Address[] to = message.getRecipients(Message.RecipientType.TO);
                String[] id = message.getHeader("Message-ID");
                for (Address address : to == null ? new Address[0] : to) {
                    String email = address instanceof InternetAddress internet ? internet.getAddress()
                            : address.toString();
                    found.computeIfAbsent(email, k -> new ArrayList<>()).add(id == null ? null : id[0]);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return found;
    }

    /** Waits until at least {@code count} messages reached the recipient, then returns them all. */
    static List<MimeMessage> await(String recipient, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<MimeMessage> found = to(recipient);
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = to(recipient);
        }
        return found;
    }

    /** Waits a while to prove that no more than {@code count} arrive. */
    static List<MimeMessage> settle(String recipient, Duration quiet) throws InterruptedException {
        Thread.sleep(quiet.toMillis());
        return to(recipient);
    }

    /** The first part of this MIME type (text/plain, text/html, text/calendar), as text. */
    static String part(Part message, String mimeType) throws Exception {
        if (message.isMimeType(mimeType)) {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            try (InputStream in = message.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            }
        }
        if (message.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String found = part(part, mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The Content-Type header of the first part of this MIME type. */
    static String contentTypeOf(Part message, String mimeType) throws Exception {
        if (message.isMimeType(mimeType)) {
            return message.getContentType();
        }
        if (message.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = contentTypeOf(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
