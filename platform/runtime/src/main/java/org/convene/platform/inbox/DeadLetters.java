package org.convene.platform.inbox;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.convene.platform.kafka.KafkaClients;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends a record that could not be processed to {@code <topic>.dlq}: the original key, value and headers, plus
 * {@code dlq-*} headers saying where it came from and why it failed.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String SUFFIX = ".dlq";

    @Inject
    KafkaClients kafkaClients;

    @Inject
    MeterRegistry metrics;

    private KafkaProducer<String, byte[]> producer;

    /** Blocks until the broker acknowledged the dead letter; throws if it did not. */
    public void send(String consumer, ConsumerRecord<String, byte[]> record, Throwable error, int attempts)
            throws Exception {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(record.topic() + SUFFIX, record.key(),
                record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        header(letter, "dlq-consumer", consumer);
        header(letter, "dlq-original-topic", record.topic());
        header(letter, "dlq-original-partition", String.valueOf(record.partition()));
        header(letter, "dlq-original-offset", String.valueOf(record.offset()));
        header(letter, "dlq-attempts", String.valueOf(attempts));
        header(letter, "dlq-error-class", error.getClass().getName());
        header(letter, "dlq-error-message", String.valueOf(error.getMessage()));
        header(letter, "dlq-error-stacktrace", stackTrace(error));
        producer().send(letter).get(15, TimeUnit.SECONDS);
        metrics.counter("convene.consumer.dead.letters", "consumer", consumer, "topic", record.topic()).increment();
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = kafkaClients.rawProducer("dead-letters");
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
        }
    }

    private static void header(ProducerRecord<String, byte[]> letter, String name, String value) {
        letter.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String trace = out.toString();
        return trace.length() > 4_000 ? trace.substring(0, 4_000) : trace;
    }
}
