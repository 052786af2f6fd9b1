package org.convene.registration.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.convene.platform.problem.ProblemException;
import org.convene.platform.rest.RateLimiter;
import org.convene.registration.config.SignUpLimits;
import org.convene.registration.repository.RegistrationRepository;

/**
 * At most {@code convene.rate-limits.sign-up.per-email} accepted sign-ups per email per window, counted in the
 * database every instance shares (the registrations themselves): the same limit whichever instance behind the
 * balancer a request reaches, and only what was accepted counts, so that failing in someone's name (unknown
 * workshops, bad input) cannot lock them out. {@link SignUpDecider} counts a whole group's emails in one query, in the
 * group's transaction, after its replay check (a retry whose key already has its answer is never refused). Two
 * sign-ups of one email racing in two workshops may both pass: it blunts abuse, it is not a quota.
 */
@ApplicationScoped
public class EmailSignUpLimit {

    @Inject
    RegistrationRepository registrations;

    @Inject
    SignUpLimits limits;

    /** The limit's answer for each email of a group. */
    @FunctionalInterface
    public interface Counted {

        /** The 429 (with Retry-After) for this email, or null when it has room. */
        ProblemException refusalFor(String email);
    }

    /** Counts the recent registrations of {@code emails} (one query); nothing when the limit is off. */
    public Counted count(Collection<String> emails, Instant now) {
        int limit = limits.perEmail();
        if (limit <= 0 || emails.isEmpty()) {
            return email -> null;
        }
        Duration window = limits.window();
        Map<String, RegistrationRepository.Recent> recent = registrations.registeredSince(emails, now.minus(window));
        return email -> {
            RegistrationRepository.Recent counted = recent.get(email);
            if (counted == null || counted.count() < limit) {
                return null;
            }
            long retryAfter = Duration.between(now, counted.oldest().plus(window)).toSeconds() + 1;
            return RateLimiter.tooMany("email", limit, window, retryAfter);
        };
    }
}
