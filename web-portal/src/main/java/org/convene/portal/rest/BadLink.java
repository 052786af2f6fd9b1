package org.convene.portal.rest;

/** A link from an email that is malformed, wrong or expired: the visitor sees the "this link does not work" page. */
public class BadLink extends RuntimeException {

    public BadLink(String reason) {
        super(reason, null, false, false);
    }
}
