package org.convene.platform.inbox;

/** The event's type is not one the handler knows; retrying cannot help. */
public class UnknownEventTypeException extends RuntimeException {

    public UnknownEventTypeException(String type) {
        super("unknown event type " + type);
    }
}
