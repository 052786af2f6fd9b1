package org.convene.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/** Organiser tokens signed with the test-only key pair shipped in this testkit (never used outside tests). */
public final class TestTokens {

    public static final String ISSUER = "https://convene.test/issuer";
    /** The audience the services expect by default ({@code mp.jwt.verify.audiences}), as ./convene token sets it. */
    public static final String AUDIENCE = "convene";
    public static final String PUBLIC_KEY_RESOURCE = "convene-testkit/test-public-key.pem";
    private static final String PRIVATE_KEY_RESOURCE = "convene-testkit/test-private-key.pem";

    private TestTokens() {
    }

    public static String organiser() {
        return withGroups("organiser");
    }

    public static String withGroups(String... groups) {
        return organiser(AUDIENCE, Instant.now(), groups);
    }

    /** An organiser token meant for another audience: must be refused. */
    public static String organiserFor(String audience) {
        return organiser(audience, Instant.now(), "organiser");
    }

    /** An organiser token issued {@code ago} and valid for another hour: refused once older than the maximum age. */
    public static String organiserIssued(Duration ago) {
        return organiser(AUDIENCE, Instant.now().minus(ago), "organiser");
    }

    private static String organiser(String audience, Instant issuedAt, String... groups) {
        return Jwt.issuer(ISSUER).audience(audience).subject("test-user").upn("test-user@convene.test")
                .groups(Set.of(groups)).issuedAt(issuedAt).expiresAt(Instant.now().plusSeconds(3600))
                .sign(privateKey());
    }

    /** A well-formed token from another key: must be refused like no token at all. */
    public static String signedByStranger() throws Exception {
        return signedByStranger(ISSUER);
    }

    /**
     * A well-formed organiser token of this issuer (a real identity provider's, say) signed by another key: only its
     * signature is wrong, and it must be refused like no token at all.
     */
    public static String signedByStranger(String issuer) throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Jwt.issuer(issuer).audience(AUDIENCE).subject("intruder").groups(Set.of("organiser")).expiresIn(3600)
                .sign(generator.generateKeyPair().getPrivate());
    }

    public static String publicKeyPem() {
        return resource(PUBLIC_KEY_RESOURCE);
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.decodePrivateKey(resource(PRIVATE_KEY_RESOURCE));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the test signing key", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
