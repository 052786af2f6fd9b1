package org.convene.directory.rest;

/** Examples of the operation-specific problems, for the OpenAPI document. */
final class ProblemExamples {

    static final String NOT_FOUND = """
            {"type": "https://convene.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "city 0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20 does not exist",
             "instance": "/api/v1/cities/0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20"}""";

    static final String CONFLICT = """
            {"type": "https://convene.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "a member with email anindita.sen@kmc.example already exists", "instance": "/api/v1/members"}""";

    static final String STALE = """
            {"type": "https://convene.example/problems/precondition-failed", "title": "Precondition failed",
             "status": 412, "detail": "the resource has changed (its ETag is now \\"4\\"); read it again and retry",
             "instance": "/api/v1/members/0193a4b1-7b3d-7a10-8c2e-3a7d9f5b2c31"}""";

    static final String IF_MATCH_MISSING = """
            {"type": "https://convene.example/problems/precondition-required", "title": "Precondition required",
             "status": 428, "detail": "send If-Match with the ETag of the last GET of this resource",
             "instance": "/api/v1/members/0193a4b1-7b3d-7a10-8c2e-3a7d9f5b2c31"}""";

    static final String UNKNOWN_CITY = """
            {"type": "https://convene.example/problems/unknown-city", "title": "Unknown city", "status": 422,
             "detail": "cityId 0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b29 is not a city of the directory",
             "instance": "/api/v1/members"}""";

    static final String UNKNOWN_ORGANISATION = """
            {"type": "https://convene.example/problems/unknown-organisation", "title": "Unknown organisation",
             "status": 422, "detail": "organisationId 0193a4b1-7000-7c21-8d11-5e2a9c0f4b19 is not an organisation \
            of the directory", "instance": "/api/v1/members"}""";

    private ProblemExamples() {
    }
}
