package org.convene.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class BodySizeGuardTest {

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        given().contentType("application/json").body(new byte[65 * 1024]).post("/q/health")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void aBodyWithinTheLimitPassesTheGuard() {
        given().contentType("application/json").body(new byte[1024]).post("/q/health")
                .then().statusCode(not(equalTo(413)));
    }
}
