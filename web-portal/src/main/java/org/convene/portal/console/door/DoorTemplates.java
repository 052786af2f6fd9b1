package org.convene.portal.console.door;

import java.util.List;

import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.rest.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The door's pages (templates/console/door/*.html); the results are a fragment of the page, fetched as you type. */
@CheckedTemplate(basePath = "console/door")
public final class DoorTemplates {

    private DoorTemplates() {
    }

    /** The whole page: counts, the search form and the results; {@code done} confirms the last action, or null. */
    public static native TemplateInstance checkin(ConsoleWorkshop workshop, DoorSearch.Result search,
            boolean citiesMissing, String status, String done, List<FormErrors.Line> summary);

    /** The results alone (the list the search replaces), with the status line in {@code data-status}. */
    public static native TemplateInstance results(ConsoleWorkshop workshop, DoorSearch.Result search,
            boolean citiesMissing, String status);
}
