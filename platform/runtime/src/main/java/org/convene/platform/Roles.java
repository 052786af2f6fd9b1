package org.convene.platform;

/** Roles carried in the JWT {@code groups} claim, and the OpenAPI security scheme that documents them. */
public final class Roles {

    public static final String ORGANISER = "organiser";
    public static final String SECURITY_SCHEME = "organiserJwt";

    private Roles() {
    }
}
