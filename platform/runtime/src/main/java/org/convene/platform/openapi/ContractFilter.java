package org.convene.platform.openapi;

import org.convene.platform.Roles;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The one place where each service's OpenAPI document becomes a contract a generator can use: merge
 * patch schemas ({@link MergePatchSchemas}), tidy schemas ({@link SchemaTidy}), problem responses
 * ({@link ProblemResponses}), raw bodies ({@link RawBodies}), the common headers and parameters
 * ({@link CommonHeaders}), security ({@link OperationSecurity}) and the licence identifier. Registered with
 * {@code mp.openapi.filter}; runs on what the static {@code META-INF/openapi.yaml} and the annotations say.
 */
public class ContractFilter implements OASFilter {

    static final String LICENSE = "Apache-2.0";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSecurityScheme(Roles.SECURITY_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An RS256 JWT of the identity provider (Keycloak's realm 'convene' by default; any OIDC"
                        + " provider: mp.jwt.verify.publickey.location, mp.jwt.verify.issuer), for audience 'convene'"
                        + " (mp.jwt.verify.audiences), at most 12 hours old, whose groups claim holds 'organiser'."
                        + " Locally: ./convene token (client credentials of the realm's client convene-cli)"));
        MergePatchSchemas.apply(openAPI);
        SchemaTidy.apply(openAPI);
        ProblemResponses.apply(openAPI);
        RawBodies.apply(openAPI);
        CommonHeaders.apply(openAPI);
        OperationSecurity.apply(openAPI);
        if (openAPI.getInfo() != null && openAPI.getInfo().getLicense() != null
                && openAPI.getInfo().getLicense().getIdentifier() == null) {
            openAPI.getInfo().getLicense().setIdentifier(LICENSE);
        }
    }
}
