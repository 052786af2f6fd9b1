package org.convene.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.convene.bench.tools.Bench;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Directory reads (organiser token): GET /api/v1/members/{id} of random members and a filtered list
 * (?cityId=&q=&limit=50), each at READS_RATE per second for READS_SECONDS, next to GET /q/health/live of the same
 * service at the same rate in the same run. READS_MEMBERS members are created in before(). Writes
 * directory-reads.json into BENCH_OUT.
 */
public class DirectoryReads extends Simulation {

    static final int RATE = Bench.envInt("READS_RATE", 100);
    static final int SECONDS = Bench.envInt("READS_SECONDS", 20);
    static final int MEMBERS = Bench.envInt("READS_MEMBERS", 200);
    static final String RUN = Long.toString(System.currentTimeMillis(), 36);
    static final Outcomes OUTCOMES = new Outcomes();
    static final List<String> memberIds = new ArrayList<>();
    static volatile UUID city;

    HttpProtocolBuilder protocol = http.baseUrl(Bench.DIRECTORY).acceptHeader("application/json").disableWarmUp()
            .disableCaching();

    ScenarioBuilder byId = scenario("member by id").exec(OUTCOMES.timed(s -> "GET /members/{id}",
            http("GET /members/{id}").get(s -> "/api/v1/members/"
                    + memberIds.get(ThreadLocalRandom.current().nextInt(memberIds.size())))
                    .header("Authorization", s -> "Bearer " + Bench.token()),
            200));

    ScenarioBuilder filtered = scenario("members filtered").exec(OUTCOMES.timed(s -> "GET /members?cityId&q",
            http("GET /members?cityId&q").get(s -> "/api/v1/members?cityId=" + city + "&q=bench&limit=50")
                    .header("Authorization", s -> "Bearer " + Bench.token()),
            200));

    ScenarioBuilder health = scenario("health/live (same service)").exec(OUTCOMES.timed(
            s -> "GET /q/health/live", http("GET /q/health/live").get(Bench.management(Bench.DIRECTORY) + "/q/health/live"), 200));

    {
        setUp(byId.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
                filtered.injectOpen(constantUsersPerSec(RATE).during(SECONDS)),
                health.injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(protocol);
    }

    @Override
    public void before() {
        city = Bench.hostCity();
        for (int i = 0; i < MEMBERS; i++) {
            Map<String, Object> member = new LinkedHashMap<>();
            member.put("fullName", "Bench Reader " + RUN + " " + i);
            member.put("email", "reader-" + RUN + "-" + i + "@bench.example");
            member.put("cityId", city.toString());
            member.put("title", "Ward engineer");
            var created = Bench.expect(Bench.call("POST", Bench.DIRECTORY + "/api/v1/members", member, true, null),
                    "POST /members", 201);
            memberIds.add(created.path("id").asText());
        }
        System.out.println("DirectoryReads: " + MEMBERS + " members in city " + city + "; " + RATE + "/s per request"
                + " for " + SECONDS + " s");
    }

    @Override
    public void after() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("rate", RATE);
        result.put("seconds", SECONDS);
        result.put("members", MEMBERS);
        result.put("requests", OUTCOMES.summary());
        Bench.writeJson(Bench.outDir().resolve("directory-reads.json"), result);
        System.out.println("DirectoryReads: " + result);
    }
}
