package org.convene.directory.service;

import java.util.ArrayList;
import java.util.List;

import org.convene.platform.problem.Problem;

/** Counts of a CSV import as it goes. */
final class ImportTally {

    int created;
    int updated;
    int unchanged;
    final List<ImportSummary.Rejection> rejected = new ArrayList<>();

    void reject(long line, Problem.FieldError error) {
        reject(line, List.of(error));
    }

    void reject(long line, List<Problem.FieldError> errors) {
        rejected.add(new ImportSummary.Rejection(line, errors));
    }

    ImportSummary result() {
        rejected.sort(java.util.Comparator.comparingLong(ImportSummary.Rejection::line));
        return new ImportSummary(created, updated, unchanged, List.copyOf(rejected));
    }
}
