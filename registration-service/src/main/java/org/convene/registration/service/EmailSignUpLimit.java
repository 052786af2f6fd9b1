package org.convene.registration.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.rest.RateLimiter;
import org.convene.registration.config.SignUpLimits;
import org.convene.registration.mapping.Times;
import org.convene.registration.repository.IdempotencyKeys;
import org.convene.registration.repository.RegistrationRepository;

/**
 * At most {@code convene.rate-limits.sign-up.per-email} accepted sign-ups per email per window, counted in the
 * database every instance shares (the registrations themselves): the same limit whichever instance behind the
 * balancer a request reaches, and only what was accepted counts, so that failing in someone's name (unknown
 * workshops, bad input) cannot lock them out. Two sign-ups of one email racing may both pass: it blunts abuse, it is
 * not a quota.
 */
@ApplicationScoped
public class EmailSignUpLimit {

    @Inject
    RegistrationRepository registrations;

    @Inject
    SignUpLimits limits;

    @Inject
    IdempotencyKeys idempotencyKeys;

    /**
     * 429 with Retry-After when the email already has {@code per-email} sign-ups in the last window. A retry with an
     * {@code Idempotency-Key} that already has its answer is a replay, never refused.
     */
    public void requireRoom(String email, String idempotencyKey) {
        int limit = limits.perEmail();
        if (limit <= 0 || idempotencyKey != null && !idempotencyKeys.findAll(List.of(idempotencyKey)).isEmpty()) {
            return;
        }
        Duration window = limits.window();
        Instant now = Times.now();
        RegistrationRepository.Recent recent = registrations.registeredSince(email, now.minus(window));
        if (recent.count() >= limit) {
            long retryAfter = Duration.between(now, recent.oldest().plus(window)).toSeconds() + 1;
            throw RateLimiter.tooMany("email", limit, window, retryAfter);
        }
    }
}
