package org.convene.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.convene.portal.service.LanguageChoice;
import org.junit.jupiter.api.Test;

/** ?lang= first, then the visitor's earlier choice (cookie), then Accept-Language, then English. */
class LanguageChoiceTest {

    @Test
    void theQueryWinsOverTheCookieAndTheBrowser() {
        assertEquals("bn", LanguageChoice.choose("bn", "en", "en-GB,en;q=0.9"));
        assertEquals("en", LanguageChoice.choose("en", "bn", "bn"));
    }

    @Test
    void theCookieWinsOverTheBrowser() {
        assertEquals("bn", LanguageChoice.choose(null, "bn", "en-US"));
        assertEquals("en", LanguageChoice.choose("", "en", "bn-BD"));
    }

    @Test
    void theBrowsersFirstLanguageThePortalSpeaks() {
        assertEquals("bn", LanguageChoice.choose(null, null, "bn-BD,bn;q=0.9,en;q=0.5"));
        assertEquals("bn", LanguageChoice.choose(null, null, "fr-FR, bn-IN;q=0.8, en;q=0.7"));
        assertEquals("en", LanguageChoice.choose(null, null, "en;q=0.9, bn;q=0.8"));
        assertEquals("en", LanguageChoice.choose(null, null, "bn;q=0, fr"));
    }

    @Test
    void anythingElseIsEnglish() {
        assertEquals("en", LanguageChoice.choose("xx", "klingon", "fr-FR"));
        assertEquals("en", LanguageChoice.choose(null, null, null));
        assertEquals("en", LanguageChoice.choose(null, null, "*;;;=garbage"));
        assertEquals("en", LanguageChoice.choose("b".repeat(100), null, ""));
    }
}
