package org.convene.platform;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test endpoint: each request is held on a worker thread until the test releases the current gate. */
@Path("/api/v1/test/held")
public class HeldResource {

    static final AtomicReference<CountDownLatch> GATE = new AtomicReference<>(new CountDownLatch(0));

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String held() throws InterruptedException {
        return GATE.get().await(30, TimeUnit.SECONDS) ? "released" : "timed out";
    }
}
