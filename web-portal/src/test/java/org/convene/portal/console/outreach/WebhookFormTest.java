package org.convene.portal.console.outreach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.convene.portal.client.Problem;
import org.convene.portal.console.MessageKeys;
import org.convene.portal.rest.FormErrors;
import org.junit.jupiter.api.Test;

/** A webhook's form: the URL, the events ticked ("*" wins), the request and merge patch it becomes, its errors. */
class WebhookFormTest {

    final OutreachMessages words = MessageKeys.of(OutreachMessages.class);

    @Test
    void theTickedEventsAreKeptOnceInTheirOrder() {
        WebhookForm form = WebhookForm.of(" https://crm.example.org/hooks ", "  CRM  ", Arrays.asList(
                "convene.registration.confirmed.v1", "", null, "convene.registration.cancelled.v1",
                "convene.registration.confirmed.v1"));

        assertEquals("https://crm.example.org/hooks", form.url());
        assertEquals("CRM", form.description());
        assertEquals(List.of("convene.registration.confirmed.v1", "convene.registration.cancelled.v1"),
                form.eventTypes());
        assertFalse(form.all());
    }

    @Test
    void allEventsWinOverSingleOnes() {
        WebhookForm form = WebhookForm.of("https://x.example", "", List.of("convene.workshop.updated.v1", "*"));
        assertEquals(List.of("*"), form.eventTypes());
        assertTrue(form.all());
    }

    @Test
    void theRequestLeavesABlankDescriptionOutAndThePatchClearsIt() {
        WebhookForm form = WebhookForm.of("https://x.example/h", "", List.of("*"));

        assertEquals(new OutreachViews.WebhookRequest("https://x.example/h", List.of("*"), null), form.request());
        Map<String, Object> patch = form.mergePatch();
        assertEquals(Set.of("url", "eventTypes", "description"), patch.keySet());
        assertTrue(patch.containsKey("description"));
        assertNull(patch.get("description"), "null clears the description (RFC 7396)");
        assertEquals(List.of("*"), patch.get("eventTypes"));
    }

    @Test
    void plainMistakesAreShownBesideTheirFields() {
        FormErrors none = WebhookForm.of("", "", List.of()).check(words);
        assertEquals("error_url", none.of("url"));
        assertEquals("error_events", none.of("eventTypes"));
        assertEquals(List.of("url", "eventTypes"), none.summary(WebhookForm.FIELDS).stream()
                .map(FormErrors.Line::field).toList());

        assertEquals("error_url_scheme", WebhookForm.of("ftp://x.example", "", List.of("*")).check(words).of("url"));
        assertEquals("error_url_scheme", WebhookForm.of("crm.example.org", "", List.of("*")).check(words).of("url"));
        assertEquals("error_description",
                WebhookForm.of("https://x.example", "d".repeat(501), List.of("*")).check(words).of("description"));
        assertFalse(WebhookForm.of("HTTP://127.0.0.1:8999/hook", "", List.of("*")).check(words).any());
    }

    @Test
    void theServicesRefusalsGoBesideTheirFields() {
        Problem problem = new Problem("https://convene.example/problems/validation", "Invalid input", 400, "refused",
                List.of(new Problem.FieldError("url", "the host x resolves to 10.0.0.1, a private address"),
                        new Problem.FieldError("eventTypes[1]", "must be \"*\" or a type of the events")));
        FormErrors errors = WebhookForm.ofProblem(problem, words);

        assertEquals("error_url_refused(the host x resolves to 10.0.0.1, a private address)", errors.of("url"));
        assertEquals("error_refused(must be \"*\" or a type of the events)", errors.of("eventTypes"));
    }

    @Test
    void theFormOfAWebhookBeingEdited() {
        OutreachViews.Webhook webhook = new OutreachViews.Webhook(UUID.randomUUID(), "https://x.example/h",
                List.of("convene.registration.checked-in.v1"), null, "ACTIVE", Instant.now(), Instant.now(), null);
        WebhookForm form = WebhookForm.of(webhook);
        assertEquals("", form.description());
        assertEquals(Set.of("convene.registration.checked-in.v1"), form.chosen());
    }

    @Test
    void theCheckBoxesAreEveryTypeTheServiceConsumesEachWithItsOwnId() {
        // notification-service's WebhookEventTypes.KNOWN
        Set<String> service = Set.of("convene.registration.confirmed.v1", "convene.registration.waitlisted.v1",
                "convene.registration.promoted.v1", "convene.registration.cancelled.v1",
                "convene.registration.submitted.v1", "convene.registration.approved.v1",
                "convene.registration.rejected.v1", "convene.registration.transferred.v1",
                "convene.registration.updated.v1", "convene.registration.checked-in.v1",
                "convene.registration.check-in-undone.v1", "convene.workshop.published.v1",
                "convene.workshop.updated.v1", "convene.workshop.cancelled.v1", "convene.invitation.created.v1",
                "convene.invitation.reminder-due.v1", "convene.invitation.accepted.v1",
                "convene.invitation.declined.v1", "convene.invitation.revoked.v1", "convene.member.created.v1",
                "convene.member.updated.v1", "convene.member.erased.v1");
        assertEquals(service, new HashSet<>(WebhookEvents.known()));
        assertEquals(service.size(), WebhookEvents.known().size());

        List<WebhookEvents.Group> groups = WebhookEvents.groups(words, Set.of("convene.workshop.cancelled.v1"));
        assertEquals(List.of("registration", "workshop", "invitation", "member"),
                groups.stream().map(WebhookEvents.Group::key).toList());
        Map<String, Boolean> checked = new HashMap<>();
        Set<String> ids = new HashSet<>();
        groups.forEach(g -> g.choices().forEach(c -> {
            checked.put(c.type(), c.checked());
            ids.add(c.id());
        }));
        assertEquals(service.size(), ids.size(), "one id per check box");
        assertTrue(checked.get("convene.workshop.cancelled.v1"));
        assertFalse(checked.get("convene.workshop.updated.v1"));
        assertEquals("evt-registration-check-in-undone-v1", WebhookEvents.id("convene.registration.check-in-undone.v1"));
        assertEquals("evt_registration_checked_in", WebhookEvents.label(words, "convene.registration.checked-in.v1"));
        assertEquals("events_all", WebhookEvents.label(words, "*"));
        assertEquals("convene.future.v9", WebhookEvents.label(words, "convene.future.v9"));
    }
}
