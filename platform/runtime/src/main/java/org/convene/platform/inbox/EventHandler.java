package org.convene.platform.inbox;

import java.util.Set;

/**
 * A service's reaction to events. Each handler bean gets its own consumer group ({@code <application>.<name>})
 * and its own thread. {@link #handle} runs inside a database transaction that also records the event as processed,
 * so an event's effect happens once however often it is delivered.
 */
public interface EventHandler {

    /** Stable name: part of the consumer group id and of {@code processed_event.consumer}. */
    String name();

    Set<String> topics();

    /**
     * Applies the event. Throw {@link UnknownEventTypeException} for a type this handler does not know: it goes to
     * the dead-letter topic at once. Any other exception is retried a bounded number of times, then dead-lettered.
     */
    void handle(IncomingEvent event) throws Exception;
}
