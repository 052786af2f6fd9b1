package org.convene.platform.rest;

import java.util.Map;

import org.convene.platform.problem.ProblemException;

/**
 * Strong entity tags and conditional updates (RFC 9110 §13.1.1). An update requires {@code If-Match}: without it
 * the answer is 428, so that no client overwrites a change it has not seen; with a tag that is not the current one,
 * 412. Both answers carry the current {@code ETag}. {@code *} matches; weak tags ({@code W/"3"}) never do.
 */
public final class ETags {

    public static final String IF_MATCH_DESCRIPTION = "The ETag of the last GET (or PATCH) of the resource."
            + " Required: without it 428, with a stale tag 412.";

    private ETags() {
    }

    /** The strong tag of a version: {@code "3"}. */
    public static String of(Object version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 when If-Match is missing and 412 when none of its tags is {@code currentTag}. */
    public static void require(String ifMatch, String currentTag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of the last GET of this resource (now " + currentTag + ")", null,
                    Map.of("ETag", currentTag));
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(currentTag)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "the resource has changed since it was read: If-Match " + ifMatch.trim() + ", current " + currentTag
                        + "; read it again and retry",
                null, Map.of("ETag", currentTag));
    }
}
