package org.convene.registration;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.UUID;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** X-Forwarded-For from a peer that is not a trusted proxy is ignored: the limit keys on the peer itself. */
@QuarkusTest
@TestProfile(UntrustedProxyTest.ElsewhereTrusted.class)
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "registration"))
class UntrustedProxyTest {

    /** Only a proxy at a documentation address (RFC 5737) is trusted: the test client on loopback is not one. */
    public static class ElsewhereTrusted implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10",
                    "convene.rate-limits.sign-up.per-address", "5",
                    "convene.rate-limits.sign-up.per-email", "0",
                    "convene.rate-limits.sign-up.window", "1h");
        }
    }

    @Test
    void forwardedAddressesFromAnUntrustedPeerDoNotSpreadItsLimit() {
        String workshop = Fixtures.openWorkshop(50);
        for (int i = 0; i < 5; i++) {
            RateLimitTest.signUp(workshop, "spoof." + i + "." + UUID.randomUUID() + "@example.org", "203.0.113." + i)
                    .then().statusCode(201);
        }
        RateLimitTest.signUp(workshop, "spoof.6." + UUID.randomUUID() + "@example.org", "203.0.113.99").then()
                .statusCode(429).body("detail", containsString("client address"));
    }
}
