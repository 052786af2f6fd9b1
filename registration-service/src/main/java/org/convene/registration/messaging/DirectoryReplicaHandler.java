package org.convene.registration.messaging;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.inbox.EventHandler;
import org.convene.platform.inbox.EventRoutes;
import org.convene.platform.inbox.IncomingEvent;
import org.convene.platform.outbox.Outbox;
import org.convene.registration.repository.ReplicaRepository;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Keeps the replica of the directory's cities and members: {@code city.*} and {@code member.created/updated}
 * overwrite the row, {@code member.erased} anonymises that person's registrations. Runs in the consumer's
 * transaction, once per event.
 */
@ApplicationScoped
public class DirectoryReplicaHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(DirectoryReplicaHandler.class);

    @Inject
    ReplicaRepository replicas;

    @Inject
    Outbox outbox;

    @Override
    public String name() {
        return "directory-replica";
    }

    @Override
    public Set<String> topics() {
        return Set.of(RegistrationEvents.CITIES_TOPIC, RegistrationEvents.MEMBERS_TOPIC);
    }

    private final EventRoutes routes = new EventRoutes()
            .on(RegistrationEvents.CITY_CREATED, this::upsertCity)
            .on(RegistrationEvents.CITY_UPDATED, this::upsertCity)
            .on(RegistrationEvents.MEMBER_CREATED, this::upsertMember)
            .on(RegistrationEvents.MEMBER_UPDATED, this::upsertMember)
            .on(RegistrationEvents.MEMBER_ERASED, event -> eraseMember(uuid(event.data(), "id")));

    @Override
    public void handle(IncomingEvent event) {
        routes.dispatch(event);
    }

    private void upsertCity(IncomingEvent event) {
        JsonNode data = event.data();
        replicas.upsertCity(uuid(data, "id"), text(data, "name"), text(data, "countryCode"), text(data, "region"),
                false);
    }

    private void upsertMember(IncomingEvent event) {
        JsonNode data = event.data();
        replicas.upsertMember(uuid(data, "id"), text(data, "fullName"), text(data, "email"), uuid(data, "cityId"),
                uuid(data, "organisationId"));
    }

    private void eraseMember(UUID id) {
        ReplicaRepository.Erasure erased = replicas.eraseMember(id);
        // The outbox keeps published events for replay; those about these registrations carry the person.
        erased.registrations().forEach(r -> outbox.forget(RegistrationEvents.REGISTRATIONS_TOPIC, r));
        erased.invitations().forEach(i -> outbox.forget(RegistrationEvents.INVITATIONS_TOPIC, i));
        LOG.infof("member %s erased: %d registration(s), %d invitation(s) anonymised", id,
                erased.registrations().size(), erased.invitations().size());
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(JsonNode data, String field) {
        String value = text(data, field);
        return value == null ? null : UUID.fromString(value);
    }
}
