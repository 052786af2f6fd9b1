package org.convene.portal.service;

import java.util.List;
import java.util.Locale;

/**
 * The language of a page: {@code ?lang=} when it names one the portal speaks, else the one the visitor chose before
 * (the {@code lang} cookie that {@code ?lang=} sets), else the best match of {@code Accept-Language}, else English.
 */
public final class LanguageChoice {

    public static final List<String> SUPPORTED = List.of("en", "bn");
    public static final String DEFAULT = "en";

    private LanguageChoice() {
    }

    public static String choose(String query, String cookie, String acceptLanguage) {
        String chosen = supported(query);
        if (chosen == null) {
            chosen = supported(cookie);
        }
        if (chosen == null) {
            chosen = bestOf(acceptLanguage);
        }
        return chosen == null ? DEFAULT : chosen;
    }

    /** The tag when the portal speaks it ({@code bn-BD} counts as {@code bn}), else null. */
    public static String supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.contains(language) ? language : null;
    }

    private static String bestOf(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                String language = supported(range.getRange());
                if (language != null) {
                    return language;
                }
            }
        }
        return null;
    }
}
