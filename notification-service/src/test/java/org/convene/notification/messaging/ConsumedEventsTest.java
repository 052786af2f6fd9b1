package org.convene.notification.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.convene.notification.contract.ConsumedEvents;
import org.junit.jupiter.api.Test;

/** The handlers bind exactly the types named in ConsumedEvents (which webhooks may ask for), each type once. */
class ConsumedEventsTest {

    @Test
    void theHandlersBindEveryConsumedTypeOnce() {
        List<String> bound = new ArrayList<>();
        // the bindings are lambdas over injected beans, read only when an event comes: new instances list them
        for (Set<String> types : List.of(new RegistrationEventsHandler().types(), new WorkshopEventsHandler().types(),
                new InvitationEventsHandler().types(), new MemberEventsHandler().types())) {
            bound.addAll(types);
        }
        Set<String> distinct = new LinkedHashSet<>(bound);
        assertEquals(bound.size(), distinct.size(), "a type bound by two handlers: " + bound);
        assertEquals(ConsumedEvents.TYPES, distinct);
    }
}
