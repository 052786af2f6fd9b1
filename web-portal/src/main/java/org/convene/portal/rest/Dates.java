package org.convene.portal.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.convene.portal.client.Workshop;

import io.quarkus.qute.TemplateExtension;

/** Dates and times in the page's language, in the offset the API gave them (the workshop's own). */
@TemplateExtension
public final class Dates {

    private Dates() {
    }

    /** {@code {time.day}}: Thursday 3 December 2026. */
    static String day(OffsetDateTime time, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(of(locale)).format(time);
    }

    /** {@code {time.clock}}: 09:30. */
    static String clock(OffsetDateTime time, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return time == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(of(locale)).format(time);
    }

    /** {@code {workshop.when}}: its day and hours, or its first and last day and hour. */
    static String when(Workshop workshop, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Messages messages = Visit.messagesIn(of(locale).getLanguage());
        if (workshop.oneDay()) {
            return messages.same_day(day(workshop.startsAt(), locale), clock(workshop.startsAt(), locale),
                    clock(workshop.endsAt(), locale));
        }
        return messages.several_days(day(workshop.startsAt(), locale), clock(workshop.startsAt(), locale),
                day(workshop.endsAt(), locale), clock(workshop.endsAt(), locale));
    }

    private static Locale of(Object locale) {
        return locale instanceof Locale given ? given : Locale.ENGLISH;
    }
}
