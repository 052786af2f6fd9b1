package org.convene.registration.rest;

/** OpenAPI examples of applications, approval, seats per group and questions (issue 13). */
final class AdmissionExamples {

    static final String PENDING = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c31", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "PENDING", "waitlistPosition": null, "fullName": "Sadia Rahman",
             "email": "sadia.rahman@dncc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21",
             "organisation": "Dhaka North City Corporation", "memberId": null,
             "answers": {"diet": "vegetarian", "arrival": "2026-12-02", "visa-letter": true},
             "registeredAt": "2026-11-25T08:00:01.214Z", "confirmedAt": null, "cancelledAt": null,
             "cancelledBy": null, "checkedInAt": null, "listed": true, "rejectionReason": null}""";

    static final String APPROVED = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c31", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "CONFIRMED", "waitlistPosition": null, "fullName": "Sadia Rahman",
             "email": "sadia.rahman@dncc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21",
             "organisation": "Dhaka North City Corporation", "memberId": null,
             "answers": {"diet": "vegetarian", "arrival": "2026-12-02", "visa-letter": true},
             "registeredAt": "2026-11-25T08:00:01.214Z", "confirmedAt": "2026-11-26T10:02:44.500Z",
             "cancelledAt": null, "cancelledBy": null, "checkedInAt": null, "listed": true, "rejectionReason": null}""";

    static final String REJECTED = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c31", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "REJECTED", "waitlistPosition": null, "fullName": "Sadia Rahman",
             "email": "sadia.rahman@dncc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21",
             "organisation": "Dhaka North City Corporation", "memberId": null,
             "answers": {"diet": "vegetarian", "arrival": "2026-12-02", "visa-letter": true},
             "registeredAt": "2026-11-25T08:00:01.214Z", "confirmedAt": null, "cancelledAt": null,
             "cancelledBy": null, "checkedInAt": null, "listed": true,
             "rejectionReason": "This workshop is for ward-level practitioners; the spring one fits your role."}""";

    static final String NETWORK_WORKSHOP_REQUEST = """
            {"title": "Heat resilience for frontline practitioners", "hostCityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20",
             "venue": "Town Hall, Kolkata", "timezone": "Asia/Kolkata", "startsAt": "2026-12-03T09:30:00+05:30",
             "endsAt": "2026-12-04T17:00:00+05:30", "capacity": 30, "admission": "APPROVAL",
             "seatAllocation": {"by": "CITY", "seatsPerGroup": 2,
                                "overrides": {"0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20": 4},
                                "releaseAt": "2026-11-28T00:00:00+05:30"},
             "questions": [
               {"key": "diet", "label": {"en": "Diet", "bn": "খাদ্য"}, "type": "CHOICE", "required": true,
                "options": [{"key": "vegetarian", "label": "Vegetarian"}, {"key": "halal", "label": "Halal"},
                            {"key": "none", "label": "No preference"}]},
               {"key": "arrival", "label": "Arrival date", "type": "DATE", "required": true},
               {"key": "visa-letter", "label": "I need a visa invitation letter", "type": "BOOLEAN"}]}""";

    static final String APPLICATION_REQUEST = """
            {"fullName": "Sadia Rahman", "email": "sadia.rahman@dncc.example",
             "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21", "organisation": "Dhaka North City Corporation",
             "answers": {"diet": "vegetarian", "arrival": "2026-12-02", "visa-letter": true}, "listed": true}""";

    static final String PENDING_SIGN_UP = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c31", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "PENDING", "waitlistPosition": null, "manageToken": "Hq1Vb8s0WcLp3mN5tZ7yR2xK9dF4gJ6aE0iUoTnBqPs",
             "registeredAt": "2026-11-25T08:00:01.214Z"}""";

    static final String PROBLEM_400_ANSWER = """
            {"type": "https://convene.example/problems/validation", "title": "Invalid input", "status": 400,
             "detail": "answers.diet: must be one of [halal, none, vegetarian]",
             "errors": [{"field": "answers.diet", "message": "must be one of [halal, none, vegetarian]"}]}""";

    static final String PROBLEM_403_INVITATION = """
            {"type": "https://convene.example/problems/invitation-required", "title": "Invitation required",
             "status": 403, "detail": "this workshop admits only people holding an invitation"}""";

    static final String REJECT_REQUEST = """
            {"reason": "This workshop is for ward-level practitioners; the spring one fits your role."}""";

    static final String PROBLEM_422_NOT_PENDING = """
            {"type": "https://convene.example/problems/not-pending", "title": "Not pending", "status": 422,
             "detail": "only a PENDING application can be approved; this registration is CONFIRMED"}""";

    static final String PROBLEM_422_NOT_REJECTABLE = """
            {"type": "https://convene.example/problems/not-rejectable", "title": "Not rejectable", "status": 422,
             "detail": "only a PENDING or WAITLISTED registration can be rejected; this one is CONFIRMED"}""";

    static final String SEATS = """
            {"capacity": 30, "confirmed": 27, "waitlisted": 4, "pending": 2, "releaseAt": "2026-11-28T00:00:00+05:30",
             "released": false,
             "groups": [{"key": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b20", "limit": 4, "confirmed": 4, "waitlisted": 3},
                        {"key": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21", "limit": 2, "confirmed": 2, "waitlisted": 1},
                        {"key": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b22", "limit": 2, "confirmed": 1, "waitlisted": 0}]}""";

    static final String TRANSFER_REQUEST = """
            {"fullName": "Farhana Akter", "email": "farhana.akter@dncc.example"}""";

    static final String TRANSFERRED = """
            {"id": "0193a4d3-2e5f-7c60-b1d2-6f9a3e8b0c21", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "status": "CONFIRMED", "waitlistPosition": null, "fullName": "Farhana Akter",
             "email": "farhana.akter@dncc.example", "cityId": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21",
             "organisation": null, "memberId": null, "answers": null,
             "registeredAt": "2026-11-25T08:00:01.214Z", "confirmedAt": "2026-11-25T08:00:01.214Z",
             "cancelledAt": null, "cancelledBy": null, "checkedInAt": null, "listed": false, "rejectionReason": null}""";

    static final String PATCH = """
            {"organisation": "DNCC Urban Planning", "answers": {"diet": "halal"}, "listed": true}""";

    static final String PROBLEM_422_OUTSIDE_GROUP = """
            {"type": "https://convene.example/problems/transfer-outside-group", "title": "Transfer outside the group",
             "status": 422, "detail": "this seat is kept for city 0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21; a colleague of the same group may take it"}""";

    static final String PROBLEM_403_PARTICIPANTS = """
            {"type": "https://convene.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "only organisers and confirmed attendees of this workshop see its participant list"}""";

    private AdmissionExamples() {
    }
}
