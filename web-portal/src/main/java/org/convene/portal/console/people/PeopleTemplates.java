package org.convene.portal.console.people;

import java.util.List;

import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.rest.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The people pages (templates/console/people/*.html), each included in console/layout.html. */
@CheckedTemplate(basePath = "console/people")
public final class PeopleTemplates {

    private PeopleTemplates() {
    }

    public static native TemplateInstance applications(ConsoleWorkshop workshop, String admission,
            List<PeopleViews.Application> applications, String cursor, String done, String error,
            List<FormErrors.Line> summary, String nextUrl, String firstUrl);

    public static native TemplateInstance invitations(ConsoleWorkshop workshop, InviteForm form,
            List<InviteForm.Row> rows, List<FormErrors.Line> summary, String done, String error,
            List<PeopleViews.Option> cities, List<PeopleViews.Option> organisations, String find,
            List<PeopleViews.Member> members, boolean searchFailed, List<PeopleViews.InvitationRow> invitations,
            List<PeopleViews.Option> statuses, String status, String cursor, String caption, String nextUrl,
            String firstUrl);

    public static native TemplateInstance registrations(ConsoleWorkshop workshop,
            List<PeopleViews.RegistrationRow> rows, List<PeopleViews.Option> statuses,
            List<PeopleViews.Option> cities, String q, boolean filtered, String scanned, String nextUrl,
            String firstUrl, String csvUrl, String xlsxUrl);
}
