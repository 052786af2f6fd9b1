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
 * <li>in one new transaction: insert {@code processed_event(handler, ce_id)}; if it was new, apply the handler;</li>
 * <li>on failure retry with exponential back-off, at most {@code max-attempts} times, then dead-letter it;</li>
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
            try {
                for (ConsumerRecord<String, byte[]> record : records) {
                    process(record);
                    done.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                }
            } finally {
                if (!done.isEmpty()) {
                    kafka.commitSync(done);
                }
            }
        }

        private void process(ConsumerRecord<String, byte[]> record) throws Exception {
            IncomingEvent event;
            try {
                event = parse(record);
            } catch (RuntimeException e) {
                LOG.errorf("Consumer %s: record %s-%d@%d is not a CloudEvent (%s); dead-lettered", handler.name(),
                        record.topic(), record.partition(), record.offset(), e.getMessage());
                deadLetters.send(handler.name(), record, e, 1);
                return;
            }
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
                    metrics.counter("convene.consumer.events", "consumer", handler.name(), "outcome",
                            applied ? "applied" : "duplicate").increment();
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
                        deadLetters.send(handler.name(), record, cause, attempt);
                        return;
                    }
                    LOG.warnf("Consumer %s: event %s attempt %d failed (%s); retrying in %d ms", handler.name(),
                            event.id(), attempt, cause.toString(), backoff.toMillis());
                    sleep(backoff);
                    backoff = backoff.multipliedBy(2);
                }
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
