package org.convene.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import jakarta.inject.Inject;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.test.junit.QuarkusTest;

/** Liveness and metrics live on the management interface, and liveness includes the "serving" check. */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class ServingLivenessTest {

    @Inject
    HttpServer server;

    private String management(String path) {
        return "http://localhost:" + server.getManagementPort() + path;
    }

    @Test
    void liveHealthIsOnTheManagementPortWithTheServingCheck() {
        given().get(management("/q/health/live")).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("serving"));
    }

    @Test
    void healthAndMetricsAreNotOnThePublicPort() {
        given().get("/q/health/live").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get(management("/q/metrics")).then().statusCode(200);
    }
}
