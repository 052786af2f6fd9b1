package org.convene.platform.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A handler's event types, each bound once to what decodes its data into a typed payload and what applies it, in
 * place of a switch on type strings: {@code routes.on(CONFIRMED, Payloads::registration, service::confirmed)}. A type
 * bound twice is a programming error; a type not bound is {@link UnknownEventTypeException} (dead-lettered at once).
 */
public final class EventRoutes {

    private final Map<String, Consumer<IncomingEvent>> routes = new LinkedHashMap<>();

    /** Binds {@code type}: its data decoded by {@code decode}, then {@code apply(event, payload)}. */
    public <T> EventRoutes on(String type, Function<JsonNode, T> decode, BiConsumer<IncomingEvent, T> apply) {
        return on(type, event -> apply.accept(event, decode.apply(event.data())));
    }

    /** Binds {@code type} to {@code apply}, which reads the event itself. */
    public EventRoutes on(String type, Consumer<IncomingEvent> apply) {
        if (routes.putIfAbsent(type, apply) != null) {
            throw new IllegalStateException(type + " is bound twice");
        }
        return this;
    }

    /** The types bound, in the order they were bound. */
    public Set<String> types() {
        return Collections.unmodifiableSet(routes.keySet());
    }

    /** Applies the event through its type's binding. */
    public void dispatch(IncomingEvent event) {
        Consumer<IncomingEvent> route = routes.get(event.type());
        if (route == null) {
            throw new UnknownEventTypeException(event.type());
        }
        route.accept(event);
    }
}
