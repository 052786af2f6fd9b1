package org.convene.directory.service;

import java.util.UUID;

import org.convene.platform.problem.ProblemException;

/** The 422s of the directory: references to things that do not exist. */
final class Rules {

    private Rules() {
    }

    static ProblemException unknownCity(UUID cityId) {
        return ProblemException.rule("unknown-city", "Unknown city",
                "cityId " + cityId + " is not a city of the directory");
    }

    static ProblemException unknownOrganisation(UUID organisationId) {
        return ProblemException.rule("unknown-organisation", "Unknown organisation",
                "organisationId " + organisationId + " is not an organisation of the directory");
    }
}
