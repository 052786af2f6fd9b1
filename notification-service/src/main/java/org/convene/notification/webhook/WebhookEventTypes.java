package org.convene.notification.webhook;

import java.util.Set;

import org.convene.notification.contract.ConsumedEvents;

/** The CloudEvents types a subscription can ask for: every type this service's handlers consume. */
public final class WebhookEventTypes {

    /** Matches every type. */
    public static final String ALL = "*";

    /** Every type this service's handlers consume. */
    public static final Set<String> KNOWN = ConsumedEvents.TYPES;

    private WebhookEventTypes() {
    }
}
