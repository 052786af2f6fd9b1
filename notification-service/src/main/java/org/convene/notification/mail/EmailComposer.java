package org.convene.notification.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.config.LinksConfig;
import org.convene.notification.domain.Notification;
import org.convene.notification.service.Languages;
import org.convene.notification.service.PreferenceTokens;
import org.convene.platform.ical.CalendarEvent;
import org.convene.platform.security.SealedSecrets;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailMessage;

/**
 * Turns a ledger row into the email, as the Vert.x mail client's message (no conversion from Quarkus' {@code Mail} and
 * no reactive wrapper on the sending path): Qute templates {@code emails/<type>.<language>.html|txt} (falling back to
 * English), the manage link, the preference links, the stable Message-ID, List-Unsubscribe headers on non-essential
 * mail, and the iCalendar attachment.
 */
@ApplicationScoped
public class EmailComposer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EmailComposer.class);
    private static final Map<Locale, DateTimeFormatter> FULL = new ConcurrentHashMap<>();
    private static final Map<Locale, DateTimeFormatter> TIME = new ConcurrentHashMap<>();

    @Inject
    Engine engine;

    @Inject
    ObjectMapper mapper;

    @Inject
    SealedSecrets sealedSecrets;

    @Inject
    PreferenceTokens preferenceTokens;

    @Inject
    LinksConfig links;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    public MailMessage compose(Notification notification) throws Exception {
        JsonNode payload = withWorkshopNow(mapper.readTree(notification.payload), notification.workshopNow);
        String token = preferenceTokens.issue(notification.recipient);
        String oneClickUnsubscribe = links.notificationBaseUrl() + "/api/v1/unsubscribe?token=" + encode(token);
        Map<String, Object> data = new HashMap<>();
        data.put("name", notification.recipientName == null ? "" : notification.recipientName);
        data.put("subject", notification.subject);
        data.put("workshop", workshop(payload.path("workshop"), notification.language));
        data.put("position", payload.path("waitlistPosition").isNumber() ? payload.get("waitlistPosition").asInt()
                : null);
        data.put("manageLink", manageLink(payload));
        String invitationPage = invitationLink(payload);
        data.put("acceptLink", invitationPage == null ? null : invitationPage + "&answer=accept");
        data.put("declineLink", invitationPage == null ? null : invitationPage + "&answer=decline");
        data.put("body", payload.path("body").asText(""));
        data.put("reason", payload.path("reason").isTextual() ? payload.get("reason").asText() : null);
        data.put("colleague", payload.path("colleague").isTextual() ? payload.get("colleague").asText() : null);
        data.put("hasCalendar", payload.hasNonNull("calendar"));
        data.put("preferencesLink", links.portalBaseUrl() + "/preferences?token=" + encode(token));
        data.put("unsubscribeLink", links.portalBaseUrl() + "/unsubscribe?token=" + encode(token));
        data.put("essential", notification.essential);
        data.put("webhook", payload.path("webhook").isObject()
                ? mapper.convertValue(payload.get("webhook"), Map.class) : null);

        MailMessage mail = new MailMessage().setFrom(from).setTo(notification.recipient)
                .setSubject(notification.subject)
                .setText(template(notification, "txt").data(data).render())
                .setHtml(template(notification, "html").data(data).render());
        mail.addHeader("Message-ID", notification.messageId);
        if (!notification.essential) {
            mail.addHeader("List-Unsubscribe", "<" + oneClickUnsubscribe + ">");
            mail.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (payload.hasNonNull("calendar")) {
            CalendarEvent invitation = invitation(notification, payload);
            mail.setAttachment(MailAttachment.create().setName("invitation.ics").setDisposition("attachment")
                    .setContentType(invitation.contentType()).setData(Buffer.buffer(invitation.bytes())));
        }
        return mail;
    }

    /** The payload with its workshop as the replica has it now (a venue changed since the email was queued). */
    private JsonNode withWorkshopNow(JsonNode payload, String workshopNow) throws Exception {
        if (workshopNow == null || !(payload.get("workshop") instanceof ObjectNode workshop)) {
            return payload;
        }
        JsonNode now = mapper.readTree(workshopNow);
        now.fields().forEachRemaining(field -> workshop.set(field.getKey(), field.getValue()));
        return payload;
    }

    private Template template(Notification notification, String format) {
        String base = "emails/" + notification.type.templateName() + ".";
        Template template = engine.getTemplate(base + notification.language + "." + format);
        if (template == null) {
            template = engine.getTemplate(base + Languages.DEFAULT + "." + format);
        }
        if (template == null) {
            throw new IllegalStateException("no template " + base + Languages.DEFAULT + "." + format);
        }
        return template;
    }

    private String manageLink(JsonNode payload) {
        return tokenLink(payload, "registrationId", "manageTokenSealed", "/registrations/");
    }

    /** The invitation's page, where the invitee accepts or declines. */
    private String invitationLink(JsonNode payload) {
        return tokenLink(payload, "invitationId", "invitationTokenSealed", "/invitations/");
    }

    /** {@code <portal><path><id>?token=<the opened token>}, or null without the pair or with a foreign seal. */
    private String tokenLink(JsonNode payload, String idField, String sealedField, String path) {
        if (!payload.hasNonNull(sealedField) || !payload.hasNonNull(idField)) {
            return null;
        }
        String token;
        try {
            token = sealedSecrets.open(payload.get(sealedField).asText());
        } catch (IllegalArgumentException e) {
            // Sealed with another key: the email still goes (it is essential), without the link.
            LOG.warnf("The token of %s %s cannot be opened with this service's sealing key", idField,
                    payload.get(idField).asText());
            return null;
        }
        return links.portalBaseUrl() + path + payload.get(idField).asText() + "?token=" + encode(token);
    }

    private CalendarEvent invitation(Notification notification, JsonNode payload) {
        JsonNode workshop = payload.get("workshop");
        String organizerEmail = address(from);
        String method = payload.get("calendar").asText();
        return new CalendarEvent(method, CalendarEvent.uidOf(workshop.get("id").asText()),
                workshop.path("sequence").asInt(0), notification.createdAt, workshop.get("title").asText(),
                workshop.path("description").isTextual() ? workshop.get("description").asText() : null,
                workshop.path("venue").isTextual() ? workshop.get("venue").asText() : null,
                ZoneId.of(workshop.get("timezone").asText()), OffsetDateTime.parse(workshop.get("startsAt").asText()),
                OffsetDateTime.parse(workshop.get("endsAt").asText()), CalendarEvent.CANCEL.equals(method),
                new CalendarEvent.Participant("Convene", organizerEmail),
                new CalendarEvent.Participant(notification.recipientName == null ? notification.recipient
                        : notification.recipientName, notification.recipient));
    }

    /** Template view of the workshop: title, venue and the time in the workshop's own zone. */
    static Map<String, Object> workshop(JsonNode workshop, String language) {
        Map<String, Object> view = new HashMap<>();
        if (workshop.isMissingNode()) {
            view.put("title", "");
            view.put("venue", null);
            view.put("when", "");
            return view;
        }
        view.put("title", workshop.path("title").asText(""));
        view.put("venue", workshop.path("venue").isTextual() ? workshop.get("venue").asText() : null);
        ZoneId zone = ZoneId.of(workshop.get("timezone").asText());
        ZonedDateTime start = OffsetDateTime.parse(workshop.get("startsAt").asText()).atZoneSameInstant(zone);
        ZonedDateTime end = OffsetDateTime.parse(workshop.get("endsAt").asText()).atZoneSameInstant(zone);
        Locale locale = Locale.forLanguageTag(language);
        DateTimeFormatter full = FULL.computeIfAbsent(locale,
                l -> DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", l));
        DateTimeFormatter time = TIME.computeIfAbsent(locale, l -> DateTimeFormatter.ofPattern("HH:mm", l));
        String until = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end) : full.format(end);
        view.put("when", full.format(start) + " – " + until + " (" + zone.getId() + ")");
        return view;
    }

    static String address(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>');
        return open >= 0 && close > open ? from.substring(open + 1, close).trim() : from.trim();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
