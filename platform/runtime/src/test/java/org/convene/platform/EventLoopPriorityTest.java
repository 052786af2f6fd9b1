package org.convene.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.convene.testkit.ConveneTestResources;
import org.junit.jupiter.api.Test;

import io.netty.util.concurrent.EventExecutor;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;

/** The threads that shed load run at a higher priority than the work they protect (EventLoopPriority). */
@QuarkusTest
@WithTestResource(value = ConveneTestResources.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "platform"))
class EventLoopPriorityTest {

    @Inject
    Vertx vertx;

    @Test
    void everyEventLoopAndTheAcceptorRunAtMaximumPriorityAndWorkersAtNormal() throws Exception {
        List<EventExecutor> loops = new ArrayList<>();
        vertx.nettyEventLoopGroup().forEach(loops::add);
        ((VertxInternal) vertx).getAcceptorEventLoopGroup().forEach(loops::add);
        assertTrue(loops.size() >= 2, "event loops and the acceptor: " + loops.size());
        for (EventExecutor loop : loops) {
            CompletableFuture<Integer> priority = new CompletableFuture<>();
            loop.execute(() -> priority.complete(Thread.currentThread().getPriority()));
            assertEquals(Thread.MAX_PRIORITY, priority.get(5, TimeUnit.SECONDS), "priority of " + loop);
        }
        int worker = vertx.executeBlocking(() -> Thread.currentThread().getPriority()).toCompletionStage()
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(Thread.NORM_PRIORITY, worker, "the workers' priority");
    }
}
