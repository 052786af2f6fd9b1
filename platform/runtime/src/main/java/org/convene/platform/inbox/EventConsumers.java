package org.convene.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.convene.platform.kafka.KafkaClients;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs every {@link EventHandler} bean on its own consumer thread. For each record:
 * <ol>
 * <li>parse the CloudEvent (binary mode); a record that is not one goes to the dead-letter topic;</li>
 * <li>in a new transaction: insert {@code processed_event(handler, ce_id)}; if it was new, apply the handler; up to
 * {@code events-per-transaction} records of a poll share one transaction (one commit: under a backlog the consumer is
 * bound by commits otherwise), each event with a fresh persistence context;</li>
 * <li>if that transaction fails, each record of it in a transaction of its own; on failure retry with exponential
 * back-off, at most {@code max-attempts} times, then dead-letter it;</li>
 * <li>commit the offsets of the poll after its transactions committed.</li>
 * </ol>
 * A crash between a transaction and the offset commit means a redelivery, which step 2 recognises.
 */
@ApplicationScoped
public class EventConsumers {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    KafkaClients kafkaClients;

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    MeterRegistry metrics;

    @Inject
    EntityManager entityManager;

    private final List<Worker> workers = new ArrayList<>();

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Event consumers disabled");
            return;
        }
        for (EventHandler handler : handlers) {
            Worker worker = new Worker(handler);
            workers.add(worker);
            Thread thread = new Thread(worker, "consumer-" + handler.name());
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        workers.forEach(Worker::stop);
    }

    private final class Worker implements Runnable {

        private final EventHandler handler;
        private volatile boolean running = true;
        private volatile KafkaConsumer<String, byte[]> consumer;

        Worker(EventHandler handler) {
            this.handler = handler;
        }

        void stop() {
            running = false;
            KafkaConsumer<String, byte[]> current = consumer;
            if (current != null) {
                current.wakeup();
            }
        }

        @Override
        public void run() {
            while (running) {
                try (KafkaConsumer<String, byte[]> kafka = kafkaClients.consumer(handler.name())) {
                    consumer = kafka;
                    kafka.subscribe(handler.topics());
                    while (running) {
                        ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                        if (!records.isEmpty()) {
                            processAll(kafka, records);
                        }
                    }
                } catch (WakeupException e) {
                    return;
                } catch (Exception e) {
                    if (!running) {
                        return;
                    }
                    LOG.warnf(e, "Consumer %s failed; restarting in 1 s", handler.name());
                    sleep(Duration.ofSeconds(1));
                }
            }
        }

        private void processAll(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records)
                throws Exception {
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            List<ConsumerRecord<String, byte[]>> chunk = new ArrayList<>(config.eventsPerTransaction());
            try {
                for (ConsumerRecord<String, byte[]> record : records) {
                    chunk.add(record);
                    if (chunk.size() == config.eventsPerTransaction()) {
                        processChunk(chunk, done);
                    }
                }
                processChunk(chunk, done);
            } finally {
                if (!done.isEmpty()) {
                    kafka.commitSync(done);
                }
            }
        }

        /**
         * Applies a chunk of records in one transaction (one commit for all of them); if that fails, one transaction
         * each with retries, so one bad event neither holds back nor takes down the others.
         */
        private void processChunk(List<ConsumerRecord<String, byte[]>> chunk,
                Map<TopicPartition, OffsetAndMetadata> done) throws Exception {
            List<Parsed> parsed = new ArrayList<>(chunk.size());
            for (ConsumerRecord<String, byte[]> record : chunk) {
                try {
                    parsed.add(new Parsed(record, parse(record)));
                } catch (RuntimeException e) {
                    LOG.errorf("Consumer %s: record %s-%d@%d is not a CloudEvent (%s); dead-lettered", handler.name(),
                            record.topic(), record.partition(), record.offset(), e.getMessage());
                    deadLetters.send(handler.name(), record, e, 1);
                }
            }
            if (parsed.size() < 2 || !applyTogether(parsed)) {
                for (Parsed one : parsed) {
                    applyAlone(one);
                }
            }
            for (ConsumerRecord<String, byte[]> record : chunk) {
                done.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
            }
            chunk.clear();
        }

        /**
         * All events of the chunk in one transaction, each with a persistence context of its own (flushed and
         * cleared after it), as if it had a transaction of its own. Returns false when the transaction failed.
         */
        private boolean applyTogether(List<Parsed> parsed) throws Exception {
            int applied;
            try {
                applied = QuarkusTransaction.requiringNew().call(() -> {
                    int count = 0;
                    for (Parsed one : parsed) {
                        if (processedEvents.markProcessed(handler.name(), one.event().id())) {
                            handler.handle(one.event());
                            count++;
                        }
                        entityManager.flush();
                        entityManager.clear();
                    }
                    return count;
                });
            } catch (Exception e) {
                if (!running) {
                    throw e; // shutting down: leave the offsets uncommitted, the events come again
                }
                LOG.debugf("Consumer %s: %d events in one transaction failed (%s); applying them one at a time",
                        handler.name(), parsed.size(), unwrap(e).toString());
                return false;
            }
            count("applied", applied);
            count("duplicate", parsed.size() - applied);
            return true;
        }

        private void applyAlone(Parsed one) throws Exception {
            IncomingEvent event = one.event();
            Duration backoff = config.initialBackoff();
            for (int attempt = 1;; attempt++) {
                try {
                    boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                        if (!processedEvents.markProcessed(handler.name(), event.id())) {
                            return false;
                        }
                        handler.handle(event);
                        return true;
                    });
                    count(applied ? "applied" : "duplicate", 1);
                    return;
                } catch (Exception e) {
                    Throwable cause = unwrap(e);
                    boolean retriable = !(cause instanceof UnknownEventTypeException);
                    if (!retriable || attempt >= config.maxAttempts() || !running) {
                        if (!running) {
                            throw e; // shutting down: leave the offset uncommitted, the event comes again
                        }
                        LOG.errorf("Consumer %s: event %s (%s) failed after %d attempt(s): %s; dead-lettered",
                                handler.name(), event.id(), event.type(), attempt, cause.toString());
                        deadLetters.send(handler.name(), one.record(), cause, attempt);
                        return;
                    }
                    LOG.warnf("Consumer %s: event %s attempt %d failed (%s); retrying in %d ms", handler.name(),
                            event.id(), attempt, cause.toString(), backoff.toMillis());
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2);
                }
            }
        }

        private void count(String outcome, int events) {
            if (events > 0) {
                metrics.counter("convene.consumer.events", "consumer", handler.name(), "outcome", outcome)
                        .increment(events);
            }
        }

        private IncomingEvent parse(ConsumerRecord<String, byte[]> record) {
            CloudEvent cloudEvent = KafkaMessageFactory.createReader(record).toEvent();
            if (cloudEvent.getData() == null) {
                throw new IllegalArgumentException("event " + cloudEvent.getId() + " has no data");
            }
            try {
                OffsetDateTime time = cloudEvent.getTime();
                return new IncomingEvent(cloudEvent.getId(), cloudEvent.getType(),
                        String.valueOf(cloudEvent.getSource()), cloudEvent.getSubject(), time, record.topic(),
                        record.key(), mapper.readTree(cloudEvent.getData().toBytes()));
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("data is not JSON: "
                        + new String(cloudEvent.getData().toBytes(), StandardCharsets.UTF_8), e);
            }
        }
    }

    private record Parsed(ConsumerRecord<String, byte[]> record, IncomingEvent event) {
    }

    /** The exception that says what went wrong: the first in the chain that is not a transaction wrapper. */
    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while (current.getCause() != null && current.getCause() != current
                && (current.getClass().getName().contains("Transaction")
                        || current.getClass() == RuntimeException.class)) {
            current = current.getCause();
        }
        return current;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
