package org.convene.platform;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.IncomingEvent;
import org.convene.platform.inbox.UnknownEventTypeException;

/** Test handler: records each applied event (one type with its transaction); one type always fails, unknown types are refused. */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    static final String TOPIC = "platform.test.v1";
    static final String RECORDED = "convene.test.recorded.v1";
    static final String FAILING = "convene.test.failing.v1";
    /** Recorded with the id of the database transaction that applied it as payload. */
    static final String RECORDED_WITH_TRANSACTION = "convene.test.recorded-with-transaction.v1";

    @Inject
    EntityManager em;

    @Override
    public String name() {
        return "recorder";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case RECORDED -> em.createNativeQuery("insert into handled_event (event_id, event_type, payload) values (?1, ?2, ?3)")
                    .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, event.data().toString())
                    .executeUpdate();
            case RECORDED_WITH_TRANSACTION -> em.createNativeQuery("insert into handled_event (event_id, event_type,"
                    + " payload) values (?1, ?2, txid_current()::text)")
                    .setParameter(1, event.id()).setParameter(2, event.type()).executeUpdate();
            case FAILING -> {
                em.createNativeQuery("insert into handled_event (event_id, event_type, payload) values (?1, ?2, ?3)")
                        .setParameter(1, event.id()).setParameter(2, event.type()).setParameter(3, "partial")
                        .executeUpdate();
                throw new IllegalStateException("this handler cannot apply " + event.id());
            }
            default -> throw new UnknownEventTypeException(event.type());
        }
    }
}
