package org.convene.registration.service;

import java.time.Duration;
import java.time.Instant;

import org.convene.platform.problem.ProblemException;
import org.convene.registration.mapping.Times;

/** The one rule for the links in emails (manage, invitation): they stop working some time after the workshop ends. */
final class TokenLinks {

    private TokenLinks() {
    }

    /** 410 {@code link-expired} once {@code after} has passed since {@code workshopEndsAt}. */
    static void requireNotExpired(Instant workshopEndsAt, Duration after) {
        if (Times.now().isAfter(workshopEndsAt.plus(after))) {
            throw new ProblemException(410, "link-expired", "Link expired", "this link stopped working "
                    + after.toDays() + " days after the workshop ended; the organisers can still help");
        }
    }
}
