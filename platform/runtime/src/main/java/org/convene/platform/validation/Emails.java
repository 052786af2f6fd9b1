package org.convene.platform.validation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One form for an email address before it is stored, compared or counted: Unicode NFKC (so that a full-width
 * {@code ｕｎｉ@x.org} is {@code uni@x.org}) without surrounding white space. Characters NFKC keeps but that cannot
 * be seen (zero-width spaces, bidi controls) are refused by {@code @PlainText(joiners = false)} on the field, so
 * {@code uni\u200B@x.org} is a 400, not a second registration beside {@code uni@x.org}.
 */
public final class Emails {

    private Emails() {
    }

    /** NFKC, stripped; the case is kept (addresses are compared case-insensitively). {@code null} stays null. */
    public static String normalise(String email) {
        return email == null ? null : Normalizer.normalize(email, Normalizer.Form.NFKC).strip();
    }

    /** The form to compare or count by: {@link #normalise} in lower case. */
    public static String key(String email) {
        String normalised = normalise(email);
        return normalised == null ? null : normalised.toLowerCase(Locale.ROOT);
    }
}
