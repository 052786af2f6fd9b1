package org.convene.portal.console.outreach;

import java.util.List;

import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.console.outreach.OutreachViews.WebhookCreated;
import org.convene.portal.rest.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The pages of announcements, emails and webhooks (templates/console/outreach/*.html). */
@CheckedTemplate(basePath = "console/outreach")
public final class OutreachTemplates {

    private OutreachTemplates() {
    }

    /** A choice of a select: its value, words, and whether it is the one chosen. */
    public record Option(String value, String label, boolean selected) {
    }

    /** A webhook as the pages show it. */
    public record Hook(String id, String url, List<String> events, String description, boolean active,
            String status, String since, String created) {
    }

    /** A delivery as the deliveries page shows it. */
    public record DeliveryRow(String id, String eventId, String eventType, String eventLabel, String when,
            String status, String statusCode, int attempts, String answer, String lastError, String deliveredAt,
            String nextAttemptAt, boolean retryable) {
    }

    public static native TemplateInstance announcements(ConsoleWorkshop workshop, AnnouncementForm form,
            FormErrors errors, List<FormErrors.Line> summary, List<Ledger.Announcement> past, String done);

    public static native TemplateInstance preview(ConsoleWorkshop workshop, AnnouncementForm form);

    public static native TemplateInstance emails(ConsoleWorkshop workshop, List<Ledger.Row> rows, String recipient,
            List<Option> types, List<Option> statuses, boolean filtered, String nextUrl, String firstUrl,
            List<FormErrors.Line> summary);

    public static native TemplateInstance webhooks(List<Hook> hooks, WebhookForm form, FormErrors errors,
            List<FormErrors.Line> summary, List<WebhookEvents.Group> groups, String done);

    public static native TemplateInstance created(WebhookCreated created, List<String> events);

    public static native TemplateInstance webhook(Hook hook, WebhookForm form, FormErrors errors,
            List<FormErrors.Line> summary, List<WebhookEvents.Group> groups);

    public static native TemplateInstance delete(Hook hook);

    public static native TemplateInstance deliveries(Hook hook, List<DeliveryRow> rows, String nextUrl,
            String firstUrl, String done, List<FormErrors.Line> summary);
}
