package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.convene.directory.Fixtures.TOKEN;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.convene.directory.messaging.DirectoryEvents;
import org.convene.directory.repository.SearchSql;
import org.convene.testkit.ConveneTestResources;
import org.convene.testkit.Contracts;
import org.convene.testkit.TestTokens;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class MemberImportTest {

    private static final Logger LOG = Logger.getLogger(MemberImportTest.class);
    private static final String HEADER = "fullName,email,cityId,organisationId,title,phone,preferredLanguage\n";

    @Inject
    DataSource dataSource;

    private static ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(TOKEN).contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(StandardCharsets.UTF_8)).post("/api/v1/members/import").then();
    }

    private static String memberIdByEmail(String email) {
        List<String> ids = given().auth().oauth2(TOKEN).queryParam("q", email).get("/api/v1/members").then()
                .statusCode(200).extract().path("items.id");
        assertEquals(1, ids.size(), email);
        return ids.get(0);
    }

    @Test
    void importsGoodLinesRejectsBadOnesAndUpsertsByEmail() {
        String cityId = Fixtures.city();
        String organisationId = Fixtures.organisation(Fixtures.unique("Colombo Municipal Council"), "MUNICIPALITY",
                cityId);
        String anindita = Fixtures.uniqueEmail("anindita");
        String nimal = Fixtures.uniqueEmail("nimal");
        String csv = HEADER
                + "অনিন্দিতা সেন," + anindita + "," + cityId + ",,Urban planner,+91 33 2286 1000,bn\n"
                + "\"Perera, Nimal\"," + nimal + "," + cityId + "," + organisationId + ",,,si\n"
                + "Nobody," + Fixtures.uniqueEmail("nobody") + "," + UUID.randomUUID() + ",,,,\n"
                + "Bad Email,not-an-email," + cityId + ",,,,\n"
                + "Bad Id," + Fixtures.uniqueEmail("badid") + ",city-7,,,,\n"
                + "Too few," + Fixtures.uniqueEmail("few") + "\n"
                + ",," + cityId + ",,,,\n";
        importCsv(csv).statusCode(200)
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("unchanged", equalTo(0))
                .body("rejected", hasSize(5))
                .body("rejected[0].line", equalTo(4)).body("rejected[0].errors[0].field", equalTo("cityId"))
                .body("rejected[1].line", equalTo(5)).body("rejected[1].errors[0].field", equalTo("email"))
                .body("rejected[2].line", equalTo(6)).body("rejected[2].errors[0].field", equalTo("cityId"))
                .body("rejected[3].line", equalTo(7))
                .body("rejected[4].line", equalTo(8)).body("rejected[4].errors.field", hasSize(2));

        String aninditaId = memberIdByEmail(anindita);
        given().auth().oauth2(TOKEN).get("/api/v1/members/" + aninditaId).then().statusCode(200)
                .body("fullName", equalTo("অনিন্দিতা সেন")).body("title", equalTo("Urban planner"))
                .body("preferredLanguage", equalTo("bn"));
        String nimalId = memberIdByEmail(nimal);
        given().auth().oauth2(TOKEN).get("/api/v1/members/" + nimalId).then()
                .body("fullName", equalTo("Perera, Nimal")).body("organisationId", equalTo(organisationId));
        Contracts.assertValid(DirectoryEvents.MEMBER_CREATED,
                Fixtures.event(DirectoryEvents.MEMBERS_TOPIC, aninditaId, DirectoryEvents.MEMBER_CREATED).value());

        // the same file again creates nothing
        importCsv(csv).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(2)).body("rejected", hasSize(5));

        // a file with other columns and an email in another case updates the member it names
        importCsv("EMAIL,fullName,cityId,title\n" + anindita.toUpperCase() + ",অনিন্দিতা সেন," + cityId
                + ",Chief planner\n" + nimal + ",\"Perera, Nimal\"," + cityId + ",\n")
                .statusCode(200).body("created", equalTo(0)).body("updated", equalTo(1))
                .body("unchanged", equalTo(1)).body("rejected", hasSize(0));
        given().auth().oauth2(TOKEN).get("/api/v1/members/" + aninditaId).then()
                .body("title", equalTo("Chief planner")).body("phone", equalTo("+91 33 2286 1000"))
                .body("email", equalTo(anindita.toUpperCase()));
        Contracts.assertValid(DirectoryEvents.MEMBER_UPDATED,
                Fixtures.event(DirectoryEvents.MEMBERS_TOPIC, aninditaId, DirectoryEvents.MEMBER_UPDATED).value());
    }

    @Test
    void aByteOrderMarkAndQuotedNewlinesAreReadButALineBreakInATitleIsRefused() {
        String cityId = Fixtures.city();
        String email = Fixtures.uniqueEmail("dilini");
        String twoLines = Fixtures.uniqueEmail("two.lines");
        importCsv("\uFEFFfullName,email,cityId,title\r\nදිලිනි ජයසූරිය," + email + "," + cityId
                + ",\"Coordinator, Colombo\"\r\nTwo Lines," + twoLines + "," + cityId + ",\"Coordinator,\nline two\"\r\n")
                .statusCode(200).body("created", equalTo(1)).body("rejected", hasSize(1))
                .body("rejected[0].line", equalTo(3)).body("rejected[0].errors[0].field", equalTo("title"));
        given().auth().oauth2(TOKEN).get("/api/v1/members/" + memberIdByEmail(email)).then()
                .body("fullName", equalTo("දිලිනි ජයසූරිය")).body("title", equalTo("Coordinator, Colombo"));
    }

    @Test
    void aBodyThatIsNotUsableCsvIsA400() {
        importCsv("fullName,email\nA,a@example.org\n").statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid CSV")).body("detail", containsString("cityId"));
        importCsv("{\"fullName\": \"A\", \"email\": \"a@example.org\"}").statusCode(400)
                .contentType("application/problem+json");
        importCsv("").statusCode(400).contentType("application/problem+json");
        importCsv("fullName,email,cityId,nickname\n").statusCode(400).body("detail", containsString("nickname"));
        importCsv("fullName,email,cityId,EMAIL\n").statusCode(400).contentType("application/problem+json");
        importCsv("fullName,\"email,cityId\n").statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TOKEN).contentType("application/json").body("[]").post("/api/v1/members/import")
                .then().statusCode(415).contentType("application/problem+json");
        given().contentType("text/csv").body(HEADER).post("/api/v1/members/import").then().statusCode(401);
        given().auth().oauth2(TestTokens.withGroups("attendee")).contentType("text/csv").body(HEADER)
                .post("/api/v1/members/import").then().statusCode(403);
    }

    @Test
    void anUnclosedQuoteRejectsTheRestOfTheFile() {
        String cityId = Fixtures.city();
        importCsv("fullName,email,cityId\nGood," + Fixtures.uniqueEmail("good") + "," + cityId
                + "\n\"Broken," + Fixtures.uniqueEmail("broken") + "," + cityId + "\n")
                .statusCode(200).body("created", equalTo(1)).body("rejected", hasSize(1))
                .body("rejected[0].errors[0].message", containsString("not valid CSV"));
    }

    @Test
    void tenThousandRows() throws Exception {
        String cityId = Fixtures.city();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 10_000; i++) {
            csv.append("সদস্য ").append(i).append(" Member,member").append(i).append('.').append(tag)
                    .append("@bulk.example,").append(cityId).append(",,Practitioner,+880 2 555 ").append(i)
                    .append(",bn\n");
        }
        long start = System.nanoTime();
        importCsv(csv.toString()).statusCode(200).body("created", equalTo(10_000)).body("rejected", hasSize(0));
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        importCsv(csv.toString()).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(10_000));
        long secondMillis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("CSV import of 10,000 rows (%d bytes): %d ms creating, %d ms re-importing unchanged (goal < 10 s)",
                csv.length(), firstMillis, secondMillis);
        LOG.infof("EXPLAIN ANALYZE of GET /api/v1/members?q=member9999.%s over %d members:%n%s", tag,
                count(), explainAnalyze("member9999." + tag));
    }

    private long count() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select count(*) from member");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The plan of the list query as the repository builds it, on a table of 10,000+ members. */
    private String explainAnalyze(String q) throws Exception {
        String sql = new SearchSql("member").contains(q, "full_name", "email").sql(51).replace(":q", "?");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement explain = connection.prepareStatement("explain analyze " + sql)) {
            explain.setString(1, SearchSql.escapeLike(q));
            explain.setString(2, SearchSql.escapeLike(q));
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
