package org.convene.registration.rest;

/** OpenAPI examples shared by the resources. */
final class Examples {

    static final String WORKSHOP_REQUEST = """
            {"title": "Heat resilience for frontline practitioners",
             "description": "Two days of practice exchange on heat action plans.",
             "hostCityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "venue": "Town Hall, Kolkata",
             "timezone": "Asia/Kolkata", "startsAt": "2026-12-03T09:30:00+05:30", "endsAt": "2026-12-04T17:00:00+05:30",
             "capacity": 30, "registrationClosesAt": "2026-12-01T23:59:00+05:30", "waitlistEnabled": true}""";

    static final String WORKSHOP = """
            {"id": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10", "title": "Heat resilience for frontline practitioners",
             "description": "Two days of practice exchange on heat action plans.",
             "hostCityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "venue": "Town Hall, Kolkata",
             "timezone": "Asia/Kolkata", "startsAt": "2026-12-03T09:30:00+05:30", "endsAt": "2026-12-04T17:00:00+05:30",
             "capacity": 30, "confirmedCount": 28, "waitlistCount": 0, "seatsLeft": 2, "attendanceCount": 0,
             "status": "OPEN", "registrationOpen": true, "registrationOpensAt": null,
             "registrationClosesAt": "2026-12-01T23:59:00+05:30", "waitlistEnabled": true, "sequence": 0,
             "publishedAt": "2026-11-20T10:00:00Z", "createdAt": "2026-11-20T09:45:00Z",
             "updatedAt": "2026-11-24T16:12:09Z"}""";

    static final String DRAFT = """
            {"id": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10", "title": "Heat resilience for frontline practitioners",
             "description": "Two days of practice exchange on heat action plans.",
             "hostCityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "venue": "Town Hall, Kolkata",
             "timezone": "Asia/Kolkata", "startsAt": "2026-12-03T09:30:00+05:30", "endsAt": "2026-12-04T17:00:00+05:30",
             "capacity": 30, "confirmedCount": 0, "waitlistCount": 0, "seatsLeft": 30, "attendanceCount": 0,
             "status": "DRAFT", "registrationOpen": false, "registrationOpensAt": null,
             "registrationClosesAt": "2026-12-01T23:59:00+05:30", "waitlistEnabled": true, "sequence": 0,
             "publishedAt": null, "createdAt": "2026-11-20T09:45:00Z", "updatedAt": "2026-11-20T09:45:00Z"}""";

    static final String SIGN_UP_REQUEST = """
            {"fullName": "Rafiqul Islam", "email": "rafiqul.islam@dncc.example",
             "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21", "organisation": "Dhaka North City Corporation",
             "answers": {"dietary": "vegetarian"}}""";

    static final String CONFIRMED = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "CONFIRMED", "waitlistPosition": null, "manageToken": "q3V8m1JtY2cN0bXl9ZcP4rLw6Ha7sKd2EoFuGiBnTxQ",
             "registeredAt": "2026-11-25T08:00:01.214Z"}""";

    static final String WAITLISTED = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c22", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "WAITLISTED", "waitlistPosition": 3, "manageToken": "Zt0pQ2xW9aLk4cVb7NmR1sYe8HuJ3gFd6KoIiEwTrBq",
             "registeredAt": "2026-11-25T08:00:01.388Z"}""";

    static final String REGISTRATION = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "CONFIRMED", "waitlistPosition": null, "fullName": "Rafiqul Islam",
             "email": "rafiqul.islam@dncc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21",
             "organisation": "Dhaka North City Corporation", "memberId": null, "answers": {"dietary": "vegetarian"},
             "registeredAt": "2026-11-25T08:00:01.214Z", "confirmedAt": "2026-11-25T08:00:01.214Z",
             "cancelledAt": null, "cancelledBy": null, "checkedInAt": null}""";

    static final String CANCELLED_REGISTRATION = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "CANCELLED", "waitlistPosition": null, "fullName": "Rafiqul Islam",
             "email": "rafiqul.islam@dncc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21",
             "organisation": "Dhaka North City Corporation", "memberId": null, "answers": {"dietary": "vegetarian"},
             "registeredAt": "2026-11-25T08:00:01.214Z", "confirmedAt": "2026-11-25T08:00:01.214Z",
             "cancelledAt": "2026-11-28T12:30:00Z", "cancelledBy": "ATTENDEE", "checkedInAt": null}""";

    static final String CHECKED_IN = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "CONFIRMED", "waitlistPosition": null, "fullName": "Rafiqul Islam",
             "email": "rafiqul.islam@dncc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21",
             "organisation": "Dhaka North City Corporation", "memberId": null, "answers": {"dietary": "vegetarian"},
             "registeredAt": "2026-11-25T08:00:01.214Z", "confirmedAt": "2026-11-25T08:00:01.214Z",
             "cancelledAt": null, "cancelledBy": null, "checkedInAt": "2026-12-03T03:52:10Z"}""";

    static final String PROBLEM_404 = """
            {"type": "https://convene.example/problems/not-found", "title": "Not found", "status": 404,
             "detail": "workshop 0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10 does not exist"}""";

    static final String PROBLEM_409_EMAIL = """
            {"type": "https://convene.example/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "rafiqul.islam@dncc.example is already registered for this workshop"}""";

    static final String PROBLEM_422_FULL = """
            {"type": "https://convene.example/problems/workshop-full", "title": "Workshop full", "status": 422,
             "detail": "all 30 seats are taken and this workshop has no waitlist"}""";

    static final String PROBLEM_422_CLOSED = """
            {"type": "https://convene.example/problems/registration-closed", "title": "Registration closed",
             "status": 422, "detail": "registration closed at 2026-12-01T23:59+05:30"}""";

    static final String PROBLEM_422_CITY = """
            {"type": "https://convene.example/problems/unknown-city", "title": "Unknown city", "status": 422,
             "detail": "hostCityId 0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b29 is not a city of the directory"}""";

    static final String PROBLEM_422_CAPACITY = """
            {"type": "https://convene.example/problems/capacity-below-confirmed", "title": "Capacity below confirmed",
             "status": 422, "detail": "capacity 20 is below the 28 confirmed registrations; cancel some first"}""";

    static final String PROBLEM_429 = """
            {"type": "https://convene.example/problems/rate-limited", "title": "Too many requests", "status": 429,
             "detail": "at most 60 requests per 60 s for the same client address; retry after 23 s",
             "instance": "/api/v1/workshops/0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10/registrations"}""";

    static final String PROBLEM_503_OVERLOADED = """
            {"type": "https://convene.example/problems/overloaded", "title": "Too many sign-ups at once", "status": 503,
             "detail": "this instance is deciding 128 sign-ups already; retry in a second with the same Idempotency-Key",
             "instance": "/api/v1/workshops/0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10/registrations"}""";

    static final String PROBLEM_412 = """
            {"type": "https://convene.example/problems/precondition-failed", "title": "Precondition failed",
             "status": 412, "detail": "the workshop changed since you read it: If-Match \\"r3\\", current \\"r4\\""}""";

    static final String PROBLEM_428 = """
            {"type": "https://convene.example/problems/precondition-required", "title": "Precondition required",
             "status": 428, "detail": "send If-Match with the ETag of the workshop (GET it first); current: \\"r4\\""}""";

    static final String PROBLEM_403_TOKEN = """
            {"type": "https://convene.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "this manage token does not open this registration"}""";

    static final String PROBLEM_422_NOT_CONFIRMED = """
            {"type": "https://convene.example/problems/not-confirmed", "title": "Not confirmed", "status": 422,
             "detail": "only a CONFIRMED registration can be checked in; this one is WAITLISTED"}""";

    static final String PROBLEM_422_UNDO_NOT_CONFIRMED = """
            {"type": "https://convene.example/problems/not-confirmed", "title": "Not confirmed", "status": 422,
             "detail": "only the check-in of a CONFIRMED registration can be undone; this one is CANCELLED"}""";

    private Examples() {
    }
}
