package org.convene.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class EventRoutesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static IncomingEvent event(String type, String data) throws Exception {
        return new IncomingEvent("e-1", type, "/test", null, null, "t", "k", JSON.readTree(data));
    }

    @Test
    void eachTypeGoesToItsOwnBindingWithItsDecodedPayload() throws Exception {
        List<String> applied = new ArrayList<>();
        EventRoutes routes = new EventRoutes()
                .on("a.v1", data -> data.get("n").asInt(), (event, n) -> applied.add(event.id() + " a " + (n + 1)))
                .on("b.v1", event -> applied.add(event.id() + " b"));
        routes.dispatch(event("b.v1", "{}"));
        routes.dispatch(event("a.v1", "{\"n\": 41}"));
        assertEquals(List.of("e-1 b", "e-1 a 42"), applied);
        assertEquals(Set.of("a.v1", "b.v1"), routes.types());
    }

    @Test
    void aTypeNotBoundIsUnknownAndATypeBoundTwiceIsRefused() throws Exception {
        EventRoutes routes = new EventRoutes().on("a.v1", event -> { });
        IncomingEvent other = event("c.v1", "{}");
        assertThrows(UnknownEventTypeException.class, () -> routes.dispatch(other));
        assertThrows(IllegalStateException.class, () -> routes.on("a.v1", event -> { }));
    }
}
