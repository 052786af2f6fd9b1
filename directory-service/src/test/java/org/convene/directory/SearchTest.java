package org.convene.directory;

import static io.restassured.RestAssured.given;
import static org.convene.directory.Fixtures.TOKEN;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.convene.directory.repository.SearchSql;
import org.convene.testkit.ConveneTestResources;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "directory"))
class SearchTest {

    private static final Logger LOG = Logger.getLogger(SearchTest.class);

    @Inject
    DataSource dataSource;

    @Test
    void citySearchIgnoresCaseAndAccents() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String saoPaulo = Fixtures.city("São Paulo " + tag, "BR");
        String malmo = Fixtures.city("Malmö " + tag, "SE");
        given().queryParam("q", "SAO PAULO " + tag).get("/api/v1/cities").then().statusCode(200)
                .body("items.id", contains(saoPaulo));
        given().queryParam("q", "malmo " + tag).get("/api/v1/cities").then().statusCode(200)
                .body("items.id", contains(malmo));
        given().queryParam("q", "Malmö " + tag.toUpperCase()).get("/api/v1/cities").then().statusCode(200)
                .body("items.id", contains(malmo));
        given().queryParam("q", tag).queryParam("countryCode", "se").get("/api/v1/cities").then().statusCode(200)
                .body("items.id", contains(malmo));
        // LIKE wildcards in q are plain characters
        given().queryParam("q", "%").queryParam("countryCode", "BR").get("/api/v1/cities").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void memberSearchCoversNamesAndEmailsIgnoringCaseAndAccents() {
        String cityId = Fixtures.city();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String jose = Fixtures.member("José Fernández " + tag, Fixtures.uniqueEmail("jf"), cityId);
        String priya = Fixtures.member("Priya Raman", "priya." + tag + "@Chennai.example", cityId);
        given().auth().oauth2(TOKEN).queryParam("q", "jose FERNANDEZ " + tag).get("/api/v1/members").then()
                .statusCode(200).body("items.id", contains(jose));
        given().auth().oauth2(TOKEN).queryParam("q", "PRIYA." + tag + "@chennai").get("/api/v1/members").then()
                .statusCode(200).body("items.id", contains(priya));
        given().auth().oauth2(TOKEN).queryParam("q", tag).queryParam("cityId", cityId).get("/api/v1/members")
                .then().statusCode(200).body("items.id", containsInAnyOrder(jose, priya));
        given().auth().oauth2(TOKEN).queryParam("q", tag).queryParam("cityId", Fixtures.city())
                .get("/api/v1/members").then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("q", tag).get("/api/v1/members").then().statusCode(401);
    }

    @Test
    void memberNamesInEveryScriptRoundTripAndAreFound() {
        String cityId = Fixtures.city();
        for (String name : List.of("অনিন্দিতা সেন", "කුමාරි පෙරේරා", "އަހުމަދު ނަސީމް", "கார்த்திகா சுப்பிரமணியன்",
                "अनुराधा शर्मा")) {
            String unique = name + " " + UUID.randomUUID().toString().substring(0, 4);
            String id = given().auth().oauth2(TOKEN).contentType("application/json; charset=UTF-8")
                    .body(Map.of("fullName", unique, "email", Fixtures.uniqueEmail("m"), "cityId", cityId))
                    .post("/api/v1/members").then().statusCode(201).body("fullName", equalTo(unique))
                    .extract().path("id");
            given().auth().oauth2(TOKEN).get("/api/v1/members/" + id).then().statusCode(200)
                    .body("fullName", equalTo(unique));
            given().auth().oauth2(TOKEN).queryParam("q", unique).get("/api/v1/members").then().statusCode(200)
                    .body("items.id", contains(id));
        }
    }

    @Test
    void searchUsesTheTrigramIndexes() throws Exception {
        String condition = "(" + SearchSql.matches("full_name") + " or " + SearchSql.matches("email") + ")";
        String plan = explain("select id from member where " + condition.replace(":q", "?"), "sen", "sen");
        LOG.infof("EXPLAIN of member search:%n%s", plan);
        assertTrue(plan.contains("member_full_name_search") && plan.contains("member_email_search"), plan);

        String cityPlan = explain("select id from city where " + SearchSql.matches("name").replace(":q", "?"),
                "kolk");
        assertTrue(cityPlan.contains("city_name_search"), cityPlan);
        String organisationPlan = explain("select id from organisation where "
                + SearchSql.matches("name").replace(":q", "?"), "municipal");
        assertTrue(organisationPlan.contains("organisation_name_search"), organisationPlan);
    }

    /** The plan with sequential scans discouraged: the tables of a test are too small for the index to pay. */
    private String explain(String sql, String... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement settings = connection.createStatement()) {
                settings.execute("set local enable_seqscan = off");
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setString(i + 1, parameters[i]);
                }
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
            }
            connection.rollback();
            return plan.toString();
        }
    }
}
