package org.convene.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The address rules of the SSRF guard and the Standard Webhooks signature, without a running service. */
class WebhookTargetGuardTest {

    @Test
    void privateLoopbackLinkLocalAnyLocalAndMulticastAddressesAreForbidden() throws Exception {
        for (String address : new String[] {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.0.1", "172.31.255.255",
                "192.168.0.1", "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.255", "224.0.0.1",
                "239.255.255.250", "255.255.255.255", "::1", "::", "fc00::1", "fd12:3456::1", "fe80::1", "fec0::1",
                "ff02::1", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe"}) {
            assertTrue(TargetGuard.forbidden(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "192.169.0.1",
                "2606:2800:21f:cb07:6820:80da:af6b:8b2c", "::ffff:93.184.215.14", "64:ff9b::808:808"}) {
            assertFalse(TargetGuard.forbidden(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void onlyAbsoluteHttpAndHttpsUrls() throws Exception {
        assertEquals("https", TargetGuard.parse("https://crm.example.org/h").getScheme());
        assertEquals("http", TargetGuard.parse("HTTP://crm.example.org:8080/h?x=1").getScheme().toLowerCase());
        for (String url : new String[] {null, "", " ", "crm.example.org/h", "/h", "ftp://crm.example.org/",
                "file:///etc/passwd", "gopher://x.example.org/", "javascript:alert(1)", "http:///nohost",
                "http://crm.example.org/h#fragment", "http://exa mple.org/", "https://" + "a".repeat(2000) + ".org"}) {
            assertThrows(TargetGuard.Refused.class, () -> TargetGuard.parse(url), String.valueOf(url));
        }
    }

    @Test
    void signaturesFollowStandardWebhooks() {
        // the example of the Standard Webhooks specification (and its reference libraries' tests)
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signatures.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                        body.getBytes(StandardCharsets.UTF_8)));
        String fresh = Signatures.newSecret();
        assertTrue(fresh.startsWith("whsec_"));
        assertEquals(32, java.util.Base64.getDecoder().decode(fresh.substring(6)).length);
    }
}
