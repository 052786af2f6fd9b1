package org.convene.notification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.convene.notification.service.Preferences;
import org.convene.platform.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recipient's own preferences, reached through the signed link in every email (no account needed). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Preferences", description = "What a recipient agrees to receive; authorised by the token in every email")
@SecurityScheme(securitySchemeName = "preferenceToken", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.QUERY,
        apiKeyName = "token", description = PreferenceResource.TOKEN_DESCRIPTION)
@SecurityRequirement(name = "preferenceToken")
public class PreferenceResource {

    static final String PREFERENCES_EXAMPLE = """
            {"email": "asha.roy@example.org", "reminders": true, "announcements": false}""";
    static final String TOKEN_DESCRIPTION = "The signed token from the link in any email (valid for months)";
    static final String BAD_TOKEN = """
            {"type": "https://convene.example/problems/invalid-token", "title": "Invalid token", "status": 401,
             "detail": "the token's signature is not valid", "instance": "/api/v1/preferences"}""";
    static final String EXPIRED_TOKEN = """
            {"type": "https://convene.example/problems/token-expired", "title": "Token expired", "status": 403,
             "detail": "this link has expired; every new email from us carries a fresh one",
             "instance": "/api/v1/preferences"}""";
    static final String ERASED = """
            {"type": "https://convene.example/problems/erased", "title": "Link no longer valid", "status": 410,
             "detail": "the person this link was for asked for their data to be erased; it no longer works",
             "instance": "/api/v1/preferences"}""";

    @Inject
    Preferences preferences;

    @GET
    @Path("/preferences")
    @Operation(summary = "Read my email preferences",
            description = "The recipient of the token's email reads what they receive.")
    @APIResponse(responseCode = "200", description = "The preferences (everything is on until changed)",
            content = @Content(schema = @Schema(implementation = PreferencesView.class),
                    examples = @ExampleObject(name = "preferences", value = PREFERENCES_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No token, or a malformed or forged one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forged", value = BAD_TOKEN)))
    @APIResponse(responseCode = "403", description = "The token has expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = EXPIRED_TOKEN)))
    @APIResponse(responseCode = "410", description = "The person the link was for has been erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "erased", value = ERASED)))
    public PreferencesView get(@Parameter(description = TOKEN_DESCRIPTION) @QueryParam("token") String token) {
        return PreferencesView.of(preferences.of(preferences.holderOf(token)));
    }

    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my email preferences",
            description = "Confirmations, waitlist news, cancellations and workshop changes are always sent.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "no announcements",
            value = "{\"reminders\": true, \"announcements\": false}")))
    @APIResponse(responseCode = "200", description = "The preferences now",
            content = @Content(schema = @Schema(implementation = PreferencesView.class),
                    examples = @ExampleObject(name = "preferences", value = PREFERENCES_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No token, or a malformed or forged one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forged", value = BAD_TOKEN)))
    @APIResponse(responseCode = "403", description = "The token has expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = EXPIRED_TOKEN)))
    @APIResponse(responseCode = "410", description = "The person the link was for has been erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "erased", value = ERASED)))
    public PreferencesView put(@Parameter(description = TOKEN_DESCRIPTION) @QueryParam("token") String token,
            @Valid @NotNull PreferencesRequest request) {
        String email = preferences.holderOf(token);
        return PreferencesView.of(preferences.set(email, request.reminders(), request.announcements()));
    }

    @POST
    @Path("/unsubscribe")
    @Operation(summary = "Unsubscribe in one click (RFC 8058)",
            description = "What mail clients call for List-Unsubscribe-Post: turns off reminders and announcements. "
                    + "Any body (List-Unsubscribe=One-Click) is accepted and ignored.")
    @APIResponse(responseCode = "200", description = "Unsubscribed; the preferences now",
            content = @Content(schema = @Schema(implementation = PreferencesView.class),
                    examples = @ExampleObject(name = "unsubscribed",
                            value = "{\"email\": \"asha.roy@example.org\", \"reminders\": false, \"announcements\": false}")))
    @APIResponse(responseCode = "401", description = "No token, or a malformed or forged one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "forged", value = BAD_TOKEN)))
    @APIResponse(responseCode = "403", description = "The token has expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "expired", value = EXPIRED_TOKEN)))
    @APIResponse(responseCode = "410", description = "The person the link was for has been erased",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "erased", value = ERASED)))
    public PreferencesView unsubscribe(@Parameter(description = TOKEN_DESCRIPTION) @QueryParam("token") String token) {
        return PreferencesView.of(preferences.unsubscribe(preferences.holderOf(token)));
    }
}
