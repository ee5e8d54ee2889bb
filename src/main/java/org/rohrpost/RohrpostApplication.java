package org.rohrpost;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /api/v1}; described at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rohrpost",
            version = "1",
            description =
                "Message scheduling and dispatch: clients, message systems, populations,"
                    + " communications, schedules, batches and their ledger, ad-hoc sends."
                    + " Errors are RFC 9457 problem bodies (application/problem+json)."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RohrpostApplication extends Application {}
