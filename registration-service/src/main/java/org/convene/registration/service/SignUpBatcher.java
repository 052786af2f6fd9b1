package org.convene.registration.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.problem.ProblemException;
import org.convene.registration.config.SignUpGrouping;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Groups concurrent sign-ups for the same workshop so that {@link SignUpDecider} decides them in one transaction
 * (group commit). Each workshop has a lane: a queue and at most one group being decided. A sign-up arriving at an idle
 * lane is decided at once, alone; those arriving while a group is being decided wait and form the next group (up to
 * {@code convene.sign-up.max-group}). No timer, no artificial delay: the group is whatever queued during the previous
 * commit. The caller's thread waits until its sign-up is committed (or refused), so a 201 still means "durably
 * decided". Different workshops are decided in parallel by {@code convene.sign-up.deciders} threads, taking turns.
 */
@ApplicationScoped
public class SignUpBatcher {

    private static final Logger LOG = Logger.getLogger(SignUpBatcher.class);

    @Inject
    SignUpDecider decider;

    @Inject
    SignUpGrouping config;

    @Inject
    MeterRegistry meters;

    private final ConcurrentHashMap<UUID, Lane> lanes = new ConcurrentHashMap<>();
    private ExecutorService deciders;
    private DistributionSummary groupSizes;
    private Timer groupDecisions;

    @PostConstruct
    void start() {
        groupSizes = DistributionSummary.builder("convene.sign-up.group.size")
                .description("Sign-ups decided together in one transaction").publishPercentiles(0.5, 0.99)
                .register(meters);
        groupDecisions = Timer.builder("convene.sign-up.group.duration")
                .description("Time to decide and commit one group of sign-ups").publishPercentiles(0.5, 0.99)
                .register(meters);
        AtomicInteger threads = new AtomicInteger();
        deciders = Executors.newFixedThreadPool(config.deciders(), task -> {
            Thread thread = new Thread(task, "sign-up-decider-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() throws InterruptedException {
        deciders.shutdown();
        deciders.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Queues the sign-up, waits for its group's commit and returns its answer (or throws its refusal). */
    public RegistrationService.SignUpOutcome decide(UUID workshopId, SignUpDecider.SignUp signUp) {
        Waiting waiting = new Waiting(signUp);
        while (true) {
            Lane lane = lanes.computeIfAbsent(workshopId, Lane::new);
            Lane.Offer offer = lane.offer(waiting);
            if (offer == Lane.Offer.RETIRED) {
                lanes.remove(workshopId, lane); // it went idle just now; a fresh lane takes its place
                continue;
            }
            if (offer == Lane.Offer.START) {
                schedule(lane);
            }
            return waiting.await();
        }
    }

    private void schedule(Lane lane) {
        try {
            deciders.execute(() -> decideNextGroup(lane));
        } catch (RejectedExecutionException e) { // shutting down: decide here rather than leave anyone waiting
            decideNextGroup(lane);
        }
    }

    /** Decides one group of the lane, then lets other workshops' lanes take a turn before its next group. */
    private void decideNextGroup(Lane lane) {
        List<Waiting> group = lane.take(config.maxGroup());
        if (group.isEmpty()) {
            lanes.remove(lane.workshopId, lane);
            return;
        }
        decideGroup(lane.workshopId, group);
        schedule(lane);
    }

    private void decideGroup(UUID workshopId, List<Waiting> group) {
        List<SignUpDecider.SignUp> signUps = group.stream().map(w -> w.signUp).toList();
        try {
            long started = System.nanoTime();
            List<SignUpDecider.Decision> decisions = decider.decide(workshopId, signUps);
            groupDecisions.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            groupSizes.record(group.size());
            for (int i = 0; i < group.size(); i++) {
                group.get(i).complete(decisions.get(i));
            }
        } catch (ProblemException refusedAll) {
            group.forEach(w -> w.result.completeExceptionally(refusedAll));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).result.completeExceptionally(e);
                return;
            }
            // Nothing of the group was written. Decide each alone, so that one sign-up's failure stays its own.
            LOG.warnf("a group of %d sign-ups failed (%s); deciding them one by one", group.size(), e.toString());
            for (Waiting waiting : group) {
                decideGroup(workshopId, List.of(waiting));
            }
        } catch (Error e) {
            group.forEach(w -> w.result.completeExceptionally(e));
            throw e;
        }
    }

    /** A sign-up and the future its HTTP thread waits on. */
    private static final class Waiting {

        final SignUpDecider.SignUp signUp;
        final CompletableFuture<RegistrationService.SignUpOutcome> result = new CompletableFuture<>();

        Waiting(SignUpDecider.SignUp signUp) {
            this.signUp = signUp;
        }

        void complete(SignUpDecider.Decision decision) {
            if (decision.refusal() != null) {
                result.completeExceptionally(decision.refusal());
            } else {
                result.complete(decision.outcome());
            }
        }

        RegistrationService.SignUpOutcome await() {
            try {
                return result.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                // the sign-up stays queued and will be decided; the client learns the outcome by retrying with its key
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the sign-up was being decided", e);
            }
        }
    }

    /** One workshop's queue. START: the caller must schedule the lane; RETIRED: the lane went idle, use a new one. */
    private static final class Lane {

        enum Offer { START, QUEUED, RETIRED }

        final UUID workshopId;
        private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
        private boolean scheduled;
        private boolean retired;

        Lane(UUID workshopId) {
            this.workshopId = workshopId;
        }

        synchronized Offer offer(Waiting waiting) {
            if (retired) {
                return Offer.RETIRED;
            }
            queue.add(waiting);
            if (scheduled) {
                return Offer.QUEUED;
            }
            scheduled = true;
            return Offer.START;
        }

        /** Up to {@code max} sign-ups in arrival order; none means the lane is now idle and retired. */
        synchronized List<Waiting> take(int max) {
            List<Waiting> group = new ArrayList<>(Math.min(max, queue.size()));
            while (group.size() < max && !queue.isEmpty()) {
                group.add(queue.poll());
            }
            if (group.isEmpty()) {
                scheduled = false;
                retired = true;
            }
            return group;
        }
    }
}
