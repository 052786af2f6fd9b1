package org.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * quarkus.http.limits.max-connections (50 in the platform's tests, 1,024 in the services): a connection beyond the
 * bound is closed without an answer, and the instance serves again once connections are given back.
 */
@QuarkusTest
@TestProfile(ConnectionLimitTest.FiftyConnections.class)
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class ConnectionLimitTest {

    public static class FiftyConnections implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.limits.max-connections", "50");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Test
    void aConnectionBeyondTheBoundIsClosedWithoutAnAnswerAndServiceResumesWhenConnectionsAreFreed() throws Exception {
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 60; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
                // connected, nothing sent: with h2c off (quarkus.http.http2=false) a connection counts once accepted
                held.add(socket);
            }
            Thread.sleep(300); // the server has accepted every held connection
            String answer = get();
            assertTrue(!answer.startsWith("HTTP/1.1 200"), "a request beyond 50 connections was served: " + answer);
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
        String answer = "";
        for (int i = 0; i < 50 && !answer.startsWith("HTTP/1.1 200"); i++) {
            Thread.sleep(100); // the server notices the closed connections
            answer = get();
        }
        assertEquals("HTTP/1.1 200", answer.substring(0, Math.min(12, answer.length())), answer);
    }

    @Test
    void connectionsThatEndInAnyWayAreGivenBack() throws Exception {
        // more connections than the bound, one after the other, each ended another way: a refused HTTP version,
        // a malformed request line, a client that goes away before its answer, a normal request
        String[] requests = {"GET /api/v1/test/held HTTP/9.9\r\nHost: localhost\r\n\r\n", "NONSENSE\r\n\r\n",
            "GET /api/v1/test/held HTTP/1.1\r\nHost: localhost\r\n\r\n"};
        for (int i = 0; i < 60; i++) {
            for (String request : requests) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
                    socket.setSoTimeout(5000);
                    socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                    if (i % 2 == 0) {
                        socket.getInputStream().read();
                    }
                } catch (IOException e) {
                    // the server may close these at once
                }
            }
        }
        String answer = "";
        for (int i = 0; i < 50 && !answer.startsWith("HTTP/1.1 200"); i++) {
            Thread.sleep(100);
            answer = get();
        }
        assertEquals("HTTP/1.1 200", answer.substring(0, Math.min(12, answer.length())), answer);
    }

    /** GET of the test endpoint on a new connection; what came back (empty when closed without an answer). */
    private String get() throws IOException {
        HeldResource.GATE.set(new java.util.concurrent.CountDownLatch(0));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 2000);
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET /api/v1/test/held HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            InputStream input = socket.getInputStream();
            return new String(input.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "";
        }
    }
}
