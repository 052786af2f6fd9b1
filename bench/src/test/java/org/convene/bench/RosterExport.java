package org.convene.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.convene.bench.tools.Bench;
import org.convene.bench.tools.RosterSeed;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Roster export of ROSTER_ROWS registrations (default 10,000): GET /api/v1/workshops/{id}/roster?format=csv, then
 * ?format=xlsx, each at ROSTER_RATE per second for ROSTER_SECONDS, next to GET /q/health/live of the same service at
 * the same rate. The registrations are inserted in SQL (one statement) in before(): 10,000 sign-ups through the API
 * would also send 10,000 emails and keep the notification service busy for the rest of the run. The limit beside it:
 * the same rows read by COPY ... TO STDOUT (CSV) straight from PostgreSQL. Writes roster-export.json into BENCH_OUT.
 */
public class RosterExport extends Simulation {

    static final int ROWS = Bench.envInt("ROSTER_ROWS", 10_000);
    static final double RATE = Double.parseDouble(Bench.env("ROSTER_RATE", "1"));
    static final int SECONDS = Bench.envInt("ROSTER_SECONDS", 15);
    static final Outcomes OUTCOMES = new Outcomes();
    static volatile UUID workshop;
    static volatile Map<String, Object> seed;

    HttpProtocolBuilder protocol = http.baseUrl(Bench.REGISTRATION).disableWarmUp().disableCaching();

    ScenarioBuilder csv = scenario("roster csv").exec(OUTCOMES.timed(s -> "roster csv",
            http("roster csv").get(s -> "/api/v1/workshops/" + workshop + "/roster?format=csv")
                    .header("Authorization", s -> "Bearer " + Bench.token()),
            200));

    ScenarioBuilder xlsx = scenario("roster xlsx").exec(OUTCOMES.timed(s -> "roster xlsx",
            http("roster xlsx").get(s -> "/api/v1/workshops/" + workshop + "/roster?format=xlsx")
                    .header("Authorization", s -> "Bearer " + Bench.token()),
            200));

    ScenarioBuilder health = scenario("health/live (same service)").exec(OUTCOMES.timed(
            s -> "GET /q/health/live", http("GET /q/health/live").get(Bench.management(Bench.REGISTRATION) + "/q/health/live"), 200));

    {
        setUp(csv.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
                xlsx.injectOpen(nothingFor(SECONDS + 2), constantUsersPerSec(RATE).during(SECONDS)),
                health.injectOpen(constantUsersPerSec(RATE).during(2L * SECONDS + 2))).protocols(protocol);
    }

    @Override
    public void before() {
        workshop = Bench.createWorkshop("Roster export " + Long.toString(System.currentTimeMillis(), 36), ROWS, false);
        seed = RosterSeed.insert(workshop, ROWS);
        System.out.println("RosterExport: workshop " + workshop + " with " + ROWS + " registrations (SQL): " + seed);
    }

    @Override
    public void after() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workshopId", workshop.toString());
        result.put("rows", ROWS);
        result.put("rate", RATE);
        result.put("seconds", SECONDS);
        result.put("seed", seed);
        result.put("requests", OUTCOMES.summary());
        result.put("copyLimit", RosterSeed.copyTime(workshop));
        // one more of each, outside the measurement, to check what came back
        for (String format : new String[] {"csv", "xlsx"}) {
            var response = Bench.call("GET", Bench.REGISTRATION + "/api/v1/workshops/" + workshop + "/roster?format="
                    + format, null, true, Map.of("Accept", "*/*"));
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("status", response.status());
            check.put("contentType", response.raw() == null ? null
                    : response.raw().headers().firstValue("Content-Type").orElse(null));
            check.put("chars", response.body() == null ? 0 : response.body().length());
            if ("csv".equals(format) && response.body() != null) {
                check.put("lines", response.body().lines().count());
            }
            result.put("check " + format, check);
        }
        Bench.writeJson(Bench.outDir().resolve("roster-export.json"), result);
        System.out.println("RosterExport: " + result);
    }
}
