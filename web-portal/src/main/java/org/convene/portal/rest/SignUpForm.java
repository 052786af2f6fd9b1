package org.convene.portal.rest;

import java.util.List;
import java.util.UUID;

import org.convene.portal.client.SignUpRequest;

/**
 * The sign-up form as the visitor filled it in (to show it again with its errors). Its fields are named as the API
 * names them; {@code idempotencyKey} makes a form sent twice (a double click, a reload of the result) one sign-up.
 */
public record SignUpForm(String fullName, String email, String cityId, String organisation, String idempotencyKey) {

    /** The fields in the order the form shows them (the order of the error summary). */
    public static final List<String> FIELDS = List.of("fullName", "email", "cityId", "organisation");

    public static SignUpForm empty() {
        return new SignUpForm("", "", "", "", UUID.randomUUID().toString());
    }

    public SignUpForm {
        fullName = fullName == null ? "" : fullName;
        email = email == null ? "" : email;
        cityId = cityId == null ? "" : cityId;
        organisation = organisation == null ? "" : organisation;
        idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : idempotencyKey;
    }

    /** The API's request; empty optional fields are left out. A city id that is not one stays null (see cityValid). */
    public SignUpRequest request() {
        return new SignUpRequest(fullName, email, cityValid() ? parsedCity() : null,
                organisation.isBlank() ? null : organisation, null);
    }

    /** Empty, or a UUID (the select offers only cities; anything else was not sent by this form). */
    public boolean cityValid() {
        return cityId.isBlank() || parsedCity() != null;
    }

    private UUID parsedCity() {
        try {
            return cityId.isBlank() ? null : UUID.fromString(cityId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
