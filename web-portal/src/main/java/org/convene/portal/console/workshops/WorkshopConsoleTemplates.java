package org.convene.portal.console.workshops;

import java.util.List;

import org.convene.portal.client.City;
import org.convene.portal.console.ConsoleWorkshop;
import org.convene.portal.rest.FormErrors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The workshop pages of the console (templates/console/workshops/*.html), each included in console/layout.html. */
@CheckedTemplate(basePath = "console/workshops")
public final class WorkshopConsoleTemplates {

    private WorkshopConsoleTemplates() {
    }

    public static native TemplateInstance list(List<ConsoleWorkshop> workshops, List<String> statuses, String status);

    /** The create form ({@code workshop} null) or the edit form of {@code workshop} at {@code version}. */
    public static native TemplateInstance form(ConsoleWorkshop workshop, String version, WorkshopForm form,
            FormErrors errors, List<FormErrors.Line> summary, List<City> cities, List<City> seatCities,
            List<String> zones, List<String> types, List<String> admissions);

    public static native TemplateInstance dashboard(ConsoleWorkshop workshop, String hostCity, String notice,
            String error, int pending, SignUpChart chart, String svg, String unit, boolean complete, int read,
            List<SeatRows.Row> seatRows, Seats seats);

    public static native TemplateInstance cancel(ConsoleWorkshop workshop, int active);
}
