package org.convene.portal.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** A message bundle of the portal in one of its languages (English is the bundle's default). */
public final class ConsoleWords {

    private ConsoleWords() {
    }

    public static <T> T in(Class<T> bundle, String lang) {
        return "en".equals(lang) ? MessageBundles.get(bundle) : MessageBundles.get(bundle, Localized.Literal.of(lang));
    }
}
