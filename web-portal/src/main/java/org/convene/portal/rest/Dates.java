package org.convene.portal.rest;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.convene.portal.client.Workshop;

import io.quarkus.qute.TemplateExtension;

/** Dates and times in the page's language, in the workshop's own time zone (Workshop.local). */
@TemplateExtension
public final class Dates {

    private Dates() {
    }

    /** {@code {time.day}}: Thursday 3 December 2026. */
    static String day(ZonedDateTime time, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(of(locale)).format(time);
    }

    /** {@code {time.clock}}: 09:30. */
    static String clock(ZonedDateTime time, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(of(locale)).format(time);
    }

    /** {@code {workshop.when}}: its day and hours, or its first and last day and hour. */
    static String when(Workshop workshop, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Messages messages = Visit.messagesIn(of(locale).getLanguage());
        ZonedDateTime starts = workshop.local(workshop.startsAt());
        ZonedDateTime ends = workshop.local(workshop.endsAt());
        if (workshop.oneDay()) {
            return messages.same_day(day(starts, locale), clock(starts, locale), clock(ends, locale));
        }
        return messages.several_days(day(starts, locale), clock(starts, locale), day(ends, locale), clock(ends, locale));
    }

    /** English as the network writes it (Thursday 3 December 2026, 09:30), Bengali as CLDR has it. */
    private static Locale of(Object locale) {
        if (locale instanceof Locale given && !given.getLanguage().equals("en")) {
            return given;
        }
        return Locale.UK;
    }
}
