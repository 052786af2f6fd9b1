package org.convene.registration.rest;

/** OpenAPI examples of invitations (issue 14). */
final class InvitationExamples {

    static final String INVITE_REQUEST = """
            {"memberIds": ["0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1c01"],
             "cityIds": ["0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1b21"],
             "organisationIds": ["0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1d07"],
             "people": [{"fullName": "Amina Yusuf", "email": "amina.yusuf@lagos.example"}],
             "skipApproval": true}""";

    static final String INVITE_OUTCOME = """
            {"created": 14, "alreadyInvited": 2,
             "skipped": [{"item": "memberIds[0]", "id": "0193a4b1-6a2c-7f3e-9b1d-2f6c8e4a1c01",
                          "reason": "erased-member"}]}""";

    static final String INVITATION = """
            {"id": "0193a4e0-7a1b-7c2d-9e3f-4a5b6c7d8e90", "workshopId": "0193a4c2-1d4e-7b5f-a0c1-5e8f2d7a9b10",
             "fullName": "Amina Yusuf", "email": "amina.yusuf@lagos.example", "memberId": null, "cityId": null,
             "organisationId": null, "via": "person", "skipApproval": true, "status": "DECLINED",
             "invitedAt": "2026-11-20T09:00:00Z", "answeredAt": "2026-11-21T14:12:09Z",
             "declineReason": "Our budget session falls on the same days.", "registrationId": null}""";

    static final String PROBLEM_400_PEOPLE_EMAIL = """
            {"type": "https://convene.example/problems/validation", "title": "Invalid input", "status": 400,
             "detail": "people[1].email: must be a well-formed email address",
             "errors": [{"field": "people[1].email", "message": "must be a well-formed email address"}]}""";

    static final String PROBLEM_403_TOKEN = """
            {"type": "https://convene.example/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "this token does not open this invitation"}""";

    static final String PROBLEM_403_NOT_YOURS = """
            {"type": "https://convene.example/problems/invitation-not-yours", "title": "Invitation not yours",
             "status": 403, "detail": "this invitation is personal: it registers only the person it was sent to"}""";

    static final String PROBLEM_410_REVOKED = """
            {"type": "https://convene.example/problems/invitation-revoked", "title": "Invitation revoked",
             "status": 410, "detail": "the organisers withdrew this invitation"}""";

    static final String PROBLEM_410_EXPIRED = """
            {"type": "https://convene.example/problems/link-expired", "title": "Link expired",
             "status": 410, "detail": "this link stopped working 30 days after the workshop ended; the organisers can still help"}""";

    static final String PROBLEM_422_ACCEPTED = """
            {"type": "https://convene.example/problems/invitation-accepted", "title": "Invitation accepted",
             "status": 422, "detail": "this invitation was accepted; cancel its registration instead"}""";

    private InvitationExamples() {
    }
}
