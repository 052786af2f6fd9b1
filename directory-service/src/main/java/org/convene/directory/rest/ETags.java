package org.convene.directory.rest;


import org.convene.platform.problem.ProblemException;

/**
 * Strong entity tags from the {@code @Version} column: {@code ETag: "3"}. PATCH requires {@code If-Match}: without
 * it the answer is 428 (so that no client overwrites a change it has not seen), with a stale tag 412.
 */
public final class ETags {

    public static final String IF_MATCH_DESCRIPTION = "The ETag of the last GET (or PATCH) of the resource, e.g. "
            + "\"3\". Required: without it 428, with a stale tag 412.";

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** Throws 428 when If-Match is missing and 412 when none of its tags is the current one. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("send If-Match with the ETag of the last GET of this resource");
        }
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.equals("*")) {
                return;
            }
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals(of(currentVersion)) || candidate.equals(String.valueOf(currentVersion))) {
                return;
            }
        }
        throw ProblemException.preconditionFailed("the resource has changed (its ETag is now " + of(currentVersion)
                + "); read it again and retry");
    }
}
