package org.convene.platform.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.TestTokens;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The chassis' HTTP rules on a real server (the platform's test application): security headers on every answer,
 * no-store where a credential or a change is involved, unknown HTTP versions, idle connections, the client address
 * behind a trusted proxy, plain-text and date-window validation, and the JWT audience and age.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class HttpHygieneTest {

    @Test
    void everyAnswerCarriesTheSecurityHeadersEvenAProblemFromAnEarlyRoute() {
        assertSecurityHeaders(request().get("/test/hygiene/client-address"));
        assertSecurityHeaders(request().get("/no/such/path"));
        Response tooLarge = request().contentType("application/json").body(new byte[65 * 1024])
                .post("/test/hygiene/entries");
        assertEquals(413, tooLarge.statusCode());
        assertSecurityHeaders(tooLarge);
    }

    @Test
    void answersToCredentialsOrChangesAreNotStoredAndPublicReadsStayCacheable() {
        request().get("/test/hygiene/client-address").then().statusCode(200).header("Cache-Control", nullValue());
        request().header("Authorization", "Bearer " + TestTokens.organiser()).get("/test/hygiene/organiser").then()
                .statusCode(200).header("Cache-Control", "no-store");
        request().header("X-Manage-Token", "secret").get("/test/hygiene/client-address").then().header("Cache-Control", "no-store");
        request().get("/test/hygiene/client-address?token=secret").then().header("Cache-Control", "no-store");
        request().contentType(ContentType.JSON).body(Map.of("name", "A")).post("/test/hygiene/entries").then()
                .statusCode(200).header("Cache-Control", "no-store");
        request().header("Authorization", "Bearer nonsense").get("/test/hygiene/organiser").then().statusCode(401)
                .header("Cache-Control", "no-store");
    }

    @Test
    void anUnknownHttpVersionIsNotAnsweredInKind() throws IOException {
        List<String> answer = answer("GET /test/hygiene/client-address HTTP/9.9\r\nHost: localhost\r\n\r\n");
        assertFalse(answer.get(0).startsWith("HTTP/9.9"), answer.get(0));
        assertEquals("HTTP/1.1 505 HTTP Version Not Supported", answer.get(0));
        assertTrue(answer.contains("Content-Type: application/problem+json"), answer.toString());
        assertTrue(answer.contains("X-Content-Type-Options: nosniff"), answer.toString());
        assertTrue(answer.get(answer.size() - 1).contains("\"status\":505"), answer.toString());
    }

    @Test
    void aConnectionThatSendsHalfARequestLineIsCutOffWithinSeconds() throws IOException {
        Duration idle = ConfigProvider.getConfig().getValue("quarkus.http.idle-timeout", Duration.class);
        assertTrue(idle.compareTo(Duration.ofSeconds(30)) <= 0, "idle timeout " + idle);
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout((int) idle.plusSeconds(10).toMillis());
            long started = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write("GET /test/hygiene/cli".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            int read;
            try {
                read = socket.getInputStream().read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("still open after " + idle.plusSeconds(10), e);
            } catch (IOException reset) {
                read = -1;
            }
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertEquals(-1, read, "the server closes the connection without answering");
            assertTrue(seconds <= idle.toSeconds() + 5, "closed after " + seconds + " s");
        }
    }

    @Test
    void theClientAddressIsTheOneATrustedProxyForwarded() {
        // the test client connects from loopback, which the default quarkus.http.proxy.trusted-proxies trusts
        request().get("/test/hygiene/client-address").then().body(equalTo("127.0.0.1"));
        request().header("X-Forwarded-For", "203.0.113.9").get("/test/hygiene/client-address").then()
                .body(equalTo("203.0.113.9"));
        request().header("X-Forwarded-For", "2001:DB8::7").get("/test/hygiene/client-address").then()
                .body(equalTo("2001:db8:0:0:0:0:0:7"));
        // Forwarded is not read: with both allowed, a client's own Forwarded header would win over the proxy's
        request().header("Forwarded", "for=198.51.100.1").get("/test/hygiene/client-address").then()
                .body(equalTo("127.0.0.1"));
    }

    @Test
    void controlAndFormatCharactersAreA400NamingTheField() {
        for (String bad : List.of("Evil\u202Egnp.exe", "Two\r\nlines", "zero\u200Bwidth", "bom\uFEFF", "nul\u0000",
                "soft\u00ADhyphen", "esc\u001B[31m", "l\u2028s", "joined\u200Dlatin")) {
            entry(Map.of("name", bad)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("name"))
                    .body("errors[0].message", startsWith("must not contain control or invisible"));
        }
        entry(Map.of("tags", List.of("fine", "x\u200By"))).then().statusCode(400)
                .body("errors[0].field", startsWith("tags"));
        entry(Map.of("notes", "line one\nline two\r\n\ttabbed")).then().statusCode(200);
        entry(Map.of("notes", "bidi \u202E in notes")).then().statusCode(400).body("errors[0].field", equalTo("notes"));
        // scripts that are written with joiners keep them: Bengali (র‍্যাব: ZWJ before a virama), Persian (ZWNJ)
        entry(Map.of("name", "র\u200D্যাব")).then().statusCode(200);
        entry(Map.of("name", "می\u200Cخواهم")).then().statusCode(200);
        entry(Map.of("name", "অনিন্দিতা সেন 🙂")).then().statusCode(200);
    }

    @Test
    void emailsAreNormalisedAndRefusedWithFormatCharacters() {
        entry(Map.of("email", "  ｕｎｉ@x.org ")).then().statusCode(200).body("email", equalTo("uni@x.org"));
        entry(Map.of("email", "uni\u200B@x.org")).then().statusCode(400).body("errors[0].field", equalTo("email"));
        entry(Map.of("email", "uni\u200D@x.org")).then().statusCode(400).body("errors[0].field", equalTo("email"));
    }

    @Test
    void datesOutsideTheWindowAreA400NamingTheField() {
        for (String bad : List.of("-999999999-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "1999-12-31T23:59:59Z",
                "2201-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z")) {
            entry(Map.of("at", bad)).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("at"));
        }
        for (String bad : List.of("-999999999-01-01T00:00:00+05:00", "+999999999-12-31T23:59:59-05:00")) {
            int status = entry(Map.of("at", bad)).then().contentType("application/problem+json").extract()
                    .statusCode();
            assertEquals(400, status, bad);
        }
        entry(Map.of("at", "2026-12-03T09:30:00+05:30")).then().statusCode(200);
    }

    @Test
    void tokensForAnotherAudienceOrOlderThanTheMaximumAgeAreRefused() {
        organiser(TestTokens.organiser()).then().statusCode(200);
        organiser(TestTokens.organiserFor("some-other-service")).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        organiser(TestTokens.organiserIssued(Duration.ofHours(11))).then().statusCode(200);
        organiser(TestTokens.organiserIssued(Duration.ofHours(13))).then().statusCode(401)
                .contentType("application/problem+json");
    }

    /**
     * A request on a connection the server closes after its answer: the platform's test application allows only 50
     * connections (ConnectionLimitTest), and kept-alive ones would otherwise stay counted until the idle timeout.
     */
    private static RequestSpecification request() {
        return RestAssured.given().header("Connection", "close");
    }

    private static Response organiser(String token) {
        return request().header("Authorization", "Bearer " + token).get("/test/hygiene/organiser");
    }

    private static Response entry(Map<String, Object> body) {
        return request().contentType(ContentType.JSON).body(body).post("/test/hygiene/entries");
    }

    private static void assertSecurityHeaders(Response response) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"), "nosniff on " + response.statusCode());
        assertEquals("frame-ancestors 'none'", response.header("Content-Security-Policy"));
        assertEquals("DENY", response.header("X-Frame-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
    }

    /** Sends raw bytes and returns the lines of the answer, up to the server closing the connection. */
    private static List<String> answer(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n"));
        }
    }
}
