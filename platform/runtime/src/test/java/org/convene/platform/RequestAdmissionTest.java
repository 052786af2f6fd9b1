package org.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.convene.platform.rest.RequestAdmission;
import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The instance-wide bound on requests in progress (convene.http.max-in-flight = 4 in the platform's tests). */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class RequestAdmissionTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestHTTPResource("/")
    URL base;

    @Test
    void requestsBeyondTheBoundAreRefusedAtOnceWith503WhileTheAdmittedOnesAreServed() throws Exception {
        RequestAdmission admission = Arc.container().instance(RequestAdmission.class).get();
        CountDownLatch gate = new CountDownLatch(1);
        HeldResource.GATE.set(gate);
        List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
        List<HttpResponse<String>> early = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            for (int i = 0; i < 12; i++) {
                CompletableFuture<HttpResponse<String>> reply = HTTP.sendAsync(
                        HttpRequest.newBuilder(URI.create(base + "api/v1/test/held")).timeout(Duration.ofSeconds(40))
                                .build(), HttpResponse.BodyHandlers.ofString());
                reply.thenAccept(early::add);
                replies.add(reply);
            }
            for (int i = 0; i < 500 && early.size() < 8; i++) {
                Thread.sleep(20);
            }
            // eight came back while four were still held: the refusals did not wait for a worker thread
            assertEquals(8, early.size(), "answers before the gate opened");
            for (HttpResponse<String> refused : early) {
                assertEquals(503, refused.statusCode(), refused.body());
                assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
                assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(null));
                assertTrue(refused.body().contains("/problems/overloaded"), refused.body());
            }
            assertEquals(4, admission.limit().inFlight());
            // /q/* (OpenAPI, Swagger UI) is not counted: the document is served while the bound is reached
            HttpResponse<String> openapi = HTTP.send(HttpRequest.newBuilder(URI.create(base + "q/openapi")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, openapi.statusCode());
        } finally {
            gate.countDown();
        }
        long served = 0;
        for (CompletableFuture<HttpResponse<String>> reply : replies) {
            HttpResponse<String> response = reply.get();
            if (response.statusCode() == 200) {
                assertEquals("released", response.body());
                served++;
            }
        }
        assertEquals(4, served);
        for (int i = 0; i < 100 && admission.limit().inFlight() > 0; i++) {
            Thread.sleep(20); // the count falls as each answer has been written
        }
        assertEquals(0, admission.limit().inFlight());
        assertTrue(admission.limit().refused() >= 8);
        // the instance takes requests again once the held ones are done
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/test/held")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
    }
}
