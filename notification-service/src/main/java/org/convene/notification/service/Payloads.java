package org.convene.notification.service;

import org.convene.notification.domain.Registrant;
import org.convene.notification.domain.Workshop;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the JSON payload a ledger row keeps for its templates. */
public final class Payloads {

    private Payloads() {
    }

    public static ObjectNode of(Workshop workshop) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        ObjectNode node = payload.putObject("workshop");
        node.put("id", workshop.id.toString());
        node.put("title", workshop.title);
        node.put("venue", workshop.venue);
        node.put("timezone", workshop.timezone);
        node.put("startsAt", workshop.startsAt.toString());
        node.put("endsAt", workshop.endsAt.toString());
        node.put("sequence", workshop.sequence);
        return payload;
    }

    public static ObjectNode of(Workshop workshop, Registrant registrant) {
        ObjectNode payload = of(workshop);
        payload.put("registrationId", registrant.registrationId.toString());
        if (registrant.manageTokenSealed != null) {
            payload.put("manageTokenSealed", registrant.manageTokenSealed);
        }
        return payload;
    }
}
