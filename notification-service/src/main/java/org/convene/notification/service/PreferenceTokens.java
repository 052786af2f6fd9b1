package org.convene.notification.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.notification.config.PreferencesConfig;
import org.convene.platform.problem.ProblemException;

/**
 * Signed, expiring tokens that let the recipient of an email manage their preferences without an account:
 * {@code base64url(email) "." expiry-epoch-seconds "." base64url(HMAC-SHA256(key, base64url(email) "." expiry))}.
 */
@ApplicationScoped
public class PreferenceTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Inject
    PreferencesConfig config;

    Clock clock = Clock.systemUTC();

    public String issue(String email) {
        return issue(email, clock.instant().plus(config.tokenValidity()));
    }

    public String issue(String email, Instant expiry) {
        String signed = ENCODER.encodeToString(Ledger.normalise(email).getBytes(StandardCharsets.UTF_8)) + "."
                + expiry.getEpochSecond();
        return signed + "." + ENCODER.encodeToString(mac(signed));
    }

    /** The email the token was issued for; 401 if it is malformed or forged, 403 if it expired. */
    public String verify(String token) {
        if (token == null || token.isBlank()) {
            throw unauthorized("a token is required (the link in any of our emails has one)");
        }
        String[] parts = token.trim().split("\\.");
        if (parts.length != 3) {
            throw unauthorized("the token is malformed");
        }
        String signed = parts[0] + "." + parts[1];
        byte[] given;
        long expiry;
        String email;
        try {
            given = DECODER.decode(parts[2]);
            expiry = Long.parseLong(parts[1]);
            email = new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized("the token is malformed");
        }
        if (!MessageDigest.isEqual(mac(signed), given)) {
            throw unauthorized("the token's signature is not valid");
        }
        if (clock.instant().getEpochSecond() > expiry) {
            throw new ProblemException(403, "token-expired", "Token expired",
                    "this link has expired; every new email from us carries a fresh one");
        }
        return email;
    }

    private byte[] mac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.tokenKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "invalid-token", "Invalid token", detail);
    }
}
