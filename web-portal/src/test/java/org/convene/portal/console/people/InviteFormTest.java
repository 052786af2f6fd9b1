package org.convene.portal.console.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.convene.portal.client.Problem;
import org.convene.portal.console.MessageKeys;
import org.convene.portal.rest.FormErrors;
import org.junit.jupiter.api.Test;

/** The invitations page's forms, read into the API's InviteRequest, and the errors shown beside their fields. */
class InviteFormTest {

    private final PeopleMessages words = MessageKeys.of(PeopleMessages.class);

    private static MultivaluedMap<String, String> form(String... pairs) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void namedPeopleBecomeTheRequestsPeopleInTheirRowsOrderEmptyRowsLeftOut() {
        InviteForm form = InviteForm.read(form("kind", "people", "fullName1", " Amina Yusuf ",
                "email1", "amina.yusuf@lagos.example", "fullName2", "", "email2", "",
                "fullName3", "Tariq Hasan", "email3", "tariq@dncc.example"), words);

        assertFalse(form.errors().any());
        PeopleModel.InviteBody body = form.body(false);
        assertEquals(List.of(new PeopleModel.InvitedPerson("Amina Yusuf", "amina.yusuf@lagos.example"),
                new PeopleModel.InvitedPerson("Tariq Hasan", "tariq@dncc.example")), body.people());
        assertNull(body.skipApproval(), "only an APPROVAL workshop is told whether accepting skips approval");
        assertNull(body.cityIds());
    }

    @Test
    void aRowWithHalfAPersonIsAnErrorBesideTheMissingField() {
        InviteForm form = InviteForm.read(form("kind", "people", "fullName1", "Amina Yusuf",
                "email1", "amina.yusuf@lagos.example", "fullName2", "Tariq Hasan", "email2", "",
                "fullName4", "", "email4", "nobody@example.org"), words);

        assertEquals("error_email", form.errors().of("email2"));
        assertEquals("error_fullName", form.errors().of("fullName4"));
        assertFalse(form.errors().has("email1"));
        List<InviteForm.Row> rows = form.rows();
        assertEquals(InviteForm.ROWS, rows.size());
        assertEquals("Tariq Hasan", rows.get(1).fullName(), "what was typed is shown again");
        assertEquals("error_email", rows.get(1).emailError());
        List<FormErrors.Line> summary = form.summary(words);
        assertEquals(List.of(new FormErrors.Line("email2", "person_legend(2), col_email: error_email"),
                new FormErrors.Line("fullName4", "person_legend(4), full_name: error_fullName")), summary);
    }

    @Test
    void anAddressWithoutAnAtOrWithSpacesIsRefusedBeforeTheService() {
        assertTrue(InviteForm.plausibleEmail("a@b"));
        assertFalse(InviteForm.plausibleEmail("tariq.example"));
        assertFalse(InviteForm.plausibleEmail("tariq @dncc.example"));
        assertFalse(InviteForm.plausibleEmail("@dncc.example"));
        assertFalse(InviteForm.plausibleEmail("tariq@"));
    }

    @Test
    void anEmptyPeopleFormAsksForOnePerson() {
        InviteForm form = InviteForm.read(form("kind", "people"), words);
        assertEquals("error_no_person", form.errors().of("fullName1"));
    }

    @Test
    void theServicesFieldErrorGoesBesideTheRowItNames() {
        InviteForm form = InviteForm.read(form("kind", "people", "fullName1", "Amina Yusuf",
                "email1", "amina@lagos.example", "fullName3", "Tariq Hasan", "email3", "tariq@dncc"), words);
        assertFalse(form.errors().any());

        // people[1] is the second person sent: the third row
        form.refusedBy(new Problem("https://convene.example/problems/validation", "Invalid input", 400,
                "people[1].email: must be a well-formed email address",
                List.of(new Problem.FieldError("people[1].email", "must be a well-formed email address"))), words);

        assertEquals("error_email", form.errors().of("email3"));
        assertFalse(form.errors().has("email1"));
    }

    @Test
    void aProblemWithoutFieldsIsSaidAboutTheWholeForm() {
        InviteForm form = InviteForm.read(form("kind", "people", "fullName1", "Amina Yusuf",
                "email1", "amina@lagos.example"), words);
        form.refusedBy(new Problem(null, "Bad Request", 400, "malformed", List.of()), words);
        assertEquals(List.of(new FormErrors.Line(null, "refused(malformed)")), form.summary(words));
    }

    @Test
    void aCityOrAnOrganisationIsOneIdOfTheRequest() {
        UUID city = UUID.randomUUID();
        InviteForm byCity = InviteForm.read(form("kind", "city", "cityId", city.toString(), "skipApproval", "true"),
                words);
        assertFalse(byCity.errors().any());
        assertEquals(List.of(city), byCity.body(true).cityIds());
        assertEquals(Boolean.TRUE, byCity.body(true).skipApproval());
        assertEquals(city.toString(), byCity.cityId());
        assertEquals("", byCity.organisationId());

        InviteForm noCity = InviteForm.read(form("kind", "city", "cityId", ""), words);
        assertEquals("error_city", noCity.errors().of("cityId"));

        UUID organisation = UUID.randomUUID();
        InviteForm byOrganisation = InviteForm.read(form("kind", "organisation",
                "organisationId", organisation.toString()), words);
        assertEquals(List.of(organisation), byOrganisation.body(true).organisationIds());
        assertEquals(Boolean.FALSE, byOrganisation.body(true).skipApproval(), "an unticked box: approval applies");
        assertEquals("error_organisation",
                InviteForm.read(form("kind", "organisation", "organisationId", "x"), words).errors().of("organisationId"));
    }

    @Test
    void membersPickedFromTheDirectoryAreTheirIdsOnceEach() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        InviteForm form = InviteForm.read(form("kind", "members", "memberId", a.toString(), "memberId", b.toString(),
                "memberId", a.toString()), words);
        assertFalse(form.errors().any());
        assertEquals(List.of(a, b), form.body(false).memberIds());
        assertEquals(Set.of(a.toString(), b.toString()), form.memberIds());

        assertEquals("error_members", InviteForm.read(form("kind", "members"), words).errors().of("members"));
        assertEquals("error_members", InviteForm.read(form("kind", "members", "memberId", "not-an-id"), words)
                .errors().of("members"));
    }

    @Test
    void theSkipApprovalBoxOfTheOtherFormsStaysTicked() {
        InviteForm sent = InviteForm.read(form("kind", "city", "cityId", UUID.randomUUID().toString()), words);
        assertFalse(sent.skip("city"));
        assertTrue(sent.skip("people"));
        assertTrue(InviteForm.empty().skip("people"));
        assertTrue(InviteForm.empty().rows().stream().allMatch(r -> r.fullName().isEmpty() && r.nameError() == null));
    }
}
