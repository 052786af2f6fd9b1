package org.convene.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.convene.bench.tools.Bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The portal's pages under load, each beside a trivial portal endpoint and the direct API in the same run:
 * <ul>
 * <li>the workshop page ({@code GET /workshops/{id}} of web-portal: one call to registration-service, one to
 * directory-service for the cities, Qute) at PORTAL_RATE (100) per second for PORTAL_SECONDS (20), beside
 * web-portal's {@code /q/health/live} and registration-service's {@code GET /api/v1/workshops/{id}} at the same rate;
 * <li>then, once the pages are done, a sign-up through the portal at PORTAL_SIGN_UP_RATE (20) per second: each virtual visitor opens the form (its
 * CSRF cookie and hidden field) and sends it, a new email each; the POST is timed. Beside it, the same number of
 * sign-ups straight to {@code POST /api/v1/workshops/{id}/registrations}.
 * </ul>
 * One workshop with a seat for everyone, created in before(). Writes portal-pages.json into BENCH_OUT.
 */
public class PortalPages extends Simulation {

    static final int RATE = Bench.envInt("PORTAL_RATE", 100);
    static final int SIGN_UP_RATE = Bench.envInt("PORTAL_SIGN_UP_RATE", 20);
    static final int SECONDS = Bench.envInt("PORTAL_SECONDS", 20);
    /** When the sign-ups start, in seconds: after the pages (default), or 0 for both at once (an overload test). */
    static final int SIGN_UP_DELAY = Bench.envInt("PORTAL_SIGN_UP_DELAY", SECONDS + 5);
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final Outcomes OUTCOMES = new Outcomes();
    static final AtomicLong EMAILS = new AtomicLong();
    static volatile UUID workshop;

    HttpProtocolBuilder protocol = http.disableWarmUp().disableCaching();

    static String email(String via) {
        return "portal-" + RUN + "-" + via + "-" + EMAILS.incrementAndGet() + "@bench.example";
    }

    ScenarioBuilder page = scenario("portal workshop page").exec(OUTCOMES.timed(s -> "portal GET /workshops/{id}",
            http("portal GET /workshops/{id}").get(s -> Bench.PORTAL + "/workshops/" + workshop), 200));

    ScenarioBuilder trivial = scenario("portal health/live").exec(OUTCOMES.timed(s -> "portal GET /q/health/live",
            http("portal GET /q/health/live").get(Bench.management(Bench.PORTAL) + "/q/health/live"), 200));

    ScenarioBuilder api = scenario("API workshop").exec(OUTCOMES.timed(s -> "API GET /workshops/{id}",
            http("API GET /workshops/{id}").get(s -> Bench.REGISTRATION + "/api/v1/workshops/" + workshop)
                    .header("Accept", "application/json"), 200));

    ScenarioBuilder portalSignUp = scenario("sign-up through the portal")
            .exec(http("portal GET form").get(s -> Bench.PORTAL + "/workshops/" + workshop)
                    .check(css("input[name='csrf-token']", "value").saveAs("csrf"),
                            css("input[name='idempotencyKey']", "value").saveAs("key")))
            .exec(OUTCOMES.timed(s -> "portal POST /workshops/{id}",
                    http("portal POST /workshops/{id}").post(s -> Bench.PORTAL + "/workshops/" + workshop)
                            .formParam("csrf-token", s -> s.getString("csrf"))
                            .formParam("idempotencyKey", s -> s.getString("key"))
                            .formParam("fullName", "Portal Visitor")
                            .formParam("email", s -> email("portal")), 200));

    ScenarioBuilder apiSignUp = scenario("sign-up through the API").exec(OUTCOMES.timed(
            s -> "API POST /workshops/{id}/registrations",
            http("API POST /workshops/{id}/registrations")
                    .post(s -> Bench.REGISTRATION + "/api/v1/workshops/" + workshop + "/registrations")
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Idempotency-Key", s -> UUID.randomUUID().toString())
                    .body(io.gatling.javaapi.core.CoreDsl.StringBody(
                            s -> "{\"fullName\": \"API Visitor\", \"email\": \"" + email("api") + "\"}")),
            201));

    {
        // two phases, each with its own comparisons beside it: the pages, then (after a 5 s pause) the sign-ups
        setUp(page.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
                trivial.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
                api.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
                portalSignUp.injectOpen(nothingFor(SIGN_UP_DELAY), constantUsersPerSec(SIGN_UP_RATE).during(SECONDS)),
                apiSignUp.injectOpen(nothingFor(SIGN_UP_DELAY), constantUsersPerSec(SIGN_UP_RATE).during(SECONDS)))
                .protocols(protocol);
    }

    @Override
    public void before() {
        workshop = Bench.createWorkshop("Portal pages " + RUN, 100_000, true);
        System.out.println("PortalPages: workshop " + workshop + "; pages at " + RATE + "/s, sign-ups at "
                + SIGN_UP_RATE + "/s, " + SECONDS + " s");
    }

    @Override
    public void after() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rate", RATE);
        result.put("signUpRate", SIGN_UP_RATE);
        result.put("seconds", SECONDS);
        result.put("workshopId", String.valueOf(workshop));
        result.put("requests", OUTCOMES.summary());
        Bench.writeJson(Bench.outDir().resolve("portal-pages.json"), result);
        System.out.println("PortalPages: " + result);
    }
}
