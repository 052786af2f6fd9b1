package org.convene.portal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The portal's own behaviour, without the services (they are on a closed port here, see application.properties): the
 * language of a page, the pages for a service that is down and for a bad link, the headers that keep tokens out of
 * caches and Referer, and CSRF. The pages with the services behind them: system-tests BrowserJourneyTest.
 */
@QuarkusTest
class PortalPagesTest {

    @Test
    void aServiceThatIsDownGetsAClearPage() {
        given().get("/").then().statusCode(503).contentType(startsWith("text/html"))
                .header("Retry-After", "60")
                .body(containsString("<h1>Please try again in a few minutes</h1>"))
                .body(not(containsString("Exception")));
        given().get("/workshops/" + UUID.randomUUID()).then().statusCode(503)
                .body(containsString("Nothing you sent has been lost"));
    }

    @Test
    void everyPageKeepsTokensOutOfCachesAndReferer() {
        given().get("/preferences?token=secret").then().statusCode(503)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("form-action 'self'"))
                .body(containsString("<meta name=\"referrer\" content=\"no-referrer\">"));
        given().get("/portal.css").then().statusCode(200).header("Referrer-Policy", "no-referrer");
    }

    @Test
    void aMalformedOrIncompleteLinkGetsTheBadLinkPage() {
        given().get("/registrations/not-an-id?token=abc").then().statusCode(404)
                .body(containsString("<h1>This link does not work</h1>"));
        given().get("/registrations/" + UUID.randomUUID()).then().statusCode(404)
                .body(containsString("This link does not work"));
        given().get("/unsubscribe").then().statusCode(404).body(containsString("This link does not work"));
        given().get("/invitations/not-an-id?token=abc&answer=accept").then().statusCode(404)
                .body(containsString("This link does not work"));
        given().get("/invitations/" + UUID.randomUUID() + "?answer=decline").then().statusCode(404)
                .body(containsString("This link does not work"));
        given().get("/no/such/page").then().statusCode(404).body(containsString("<h1>Page not found</h1>"));
    }

    @Test
    void theLanguageComesFromTheQueryThenTheCookieThenTheBrowser() {
        Response browser = given().header("Accept-Language", "bn-BD,bn;q=0.9").get("/");
        browser.then().statusCode(503).body(containsString("<html lang=\"bn\">"))
                .body(containsString("কয়েক মিনিট পরে আবার চেষ্টা করুন"));
        assertFalse(cookies(browser).contains("lang="), "the browser's language is not remembered");

        Response english = given().header("Accept-Language", "bn").queryParam("lang", "en").get("/");
        english.then().body(containsString("<html lang=\"en\">"));
        assertTrue(cookies(english).contains("lang=en;"), cookies(english));

        Response bengali = given().queryParam("lang", "bn").get("/");
        bengali.then().body(containsString("<html lang=\"bn\">"));
        assertTrue(cookies(bengali).contains("lang=bn;"), cookies(bengali));

        given().cookie("lang", "bn").header("Accept-Language", "en").get("/").then()
                .body(containsString("<html lang=\"bn\">"));
    }

    private static String cookies(Response response) {
        return String.join("\n", response.headers().getValues("Set-Cookie"));
    }

    @Test
    void theLanguageLinksKeepThePageAndItsQuery() {
        given().urlEncodingEnabled(false).get("/preferences?token=a%2Bb").then()
                .body(containsString("href=\"/preferences?token=a%2Bb&amp;lang=bn\""))
                .body(containsString("aria-current=\"page\">English</a>"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAPage() {
        given().contentType(ContentType.URLENC).formParam("token", "t").post("/unsubscribe").then().statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("The form could not be sent. Please try again."));
        // a token and cookie made up by an attacker do not match the portal's signature
        given().contentType(ContentType.URLENC).cookie("csrf-token", "forged").formParam("csrf-token", "forged")
                .formParam("token", "t").post("/registrations/" + UUID.randomUUID() + "/cancel").then()
                .statusCode(400).body(containsString("The form could not be sent"));
        // every page gives the visitor the CSRF cookie its forms need (a form with a valid token: BrowserJourneyTest)
        given().get("/").then().statusCode(503).cookie("csrf-token", not(equalTo("")));
    }
}
