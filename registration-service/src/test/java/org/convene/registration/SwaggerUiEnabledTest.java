package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** CONVENE_SWAGGER_UI=true (what ./convene up sets) serves Swagger UI at run time, beside the OpenAPI document. */
@QuarkusTest
@TestProfile(SwaggerUiEnabledTest.SwaggerUiOn.class)
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class SwaggerUiEnabledTest {

    /** The variable itself, as ./convene passes it (application.properties: ${CONVENE_SWAGGER_UI:false}). */
    public static class SwaggerUiOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("CONVENE_SWAGGER_UI", "true");
        }
    }

    @Test
    void swaggerUiIsServedWhenEnabled() {
        given().get("/q/swagger-ui/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("swagger-ui"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi: 3"));
    }
}
