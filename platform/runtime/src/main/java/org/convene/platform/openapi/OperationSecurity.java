package org.convene.platform.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * An operation that names no security scheme is public and says so ({@code security: []}); a security scheme that no
 * operation names is dropped.
 */
final class OperationSecurity {

    private OperationSecurity() {
    }

    static void apply(OpenAPI openAPI) {
        Set<String> used = new HashSet<>();
        for (Operation operation : OpenApiWalk.operations(openAPI)) {
            if (operation.getSecurity() == null) {
                operation.setSecurity(new ArrayList<>());
            }
            for (SecurityRequirement requirement : operation.getSecurity()) {
                used.addAll(requirement.getSchemes().keySet());
            }
        }
        if (openAPI.getComponents().getSecuritySchemes() != null) {
            new ArrayList<>(openAPI.getComponents().getSecuritySchemes().keySet()).stream()
                    .filter(name -> !used.contains(name))
                    .forEach(openAPI.getComponents()::removeSecurityScheme);
        }
    }
}
