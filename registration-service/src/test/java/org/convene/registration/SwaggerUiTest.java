package org.convene.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Swagger UI is off unless enabled (CONVENE_SWAGGER_UI=true, which ./convene up sets): with no test profile the service
 * runs with the production default, since application.properties sets no %test value for it. The OpenAPI document is
 * served either way. {@link SwaggerUiEnabledTest} turns it on.
 */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class SwaggerUiTest {

    @Test
    void swaggerUiAnswers404ByDefault() {
        given().redirects().follow(false).get("/q/swagger-ui").then().statusCode(404);
        given().get("/q/swagger-ui/").then().statusCode(404);
        given().get("/q/swagger-ui/index.html").then().statusCode(404);
    }

    @Test
    void theOpenApiDocumentIsStillServed() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi: 3"))
                .body(containsString("Convene registration-service"));
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("info.title", equalTo("Convene registration-service"));
    }
}
