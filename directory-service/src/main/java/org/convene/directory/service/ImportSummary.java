package org.convene.directory.service;

import java.util.List;

import org.convene.platform.problem.Problem;

/** What a CSV import did: counts of the lines written, and the lines rejected (not imported) with their errors. */
public record ImportSummary(int created, int updated, int unchanged, List<Rejection> rejected) {

    /** A line of the file (the header is line 1) that was not imported, and why. */
    public record Rejection(long line, List<Problem.FieldError> errors) {
    }
}
