package org.rohrpost;

import static org.rohrpost.openapi.control.ProblemAnswers.BAD_REQUEST;
import static org.rohrpost.openapi.control.ProblemAnswers.CONFLICT;
import static org.rohrpost.openapi.control.ProblemAnswers.FORBIDDEN;
import static org.rohrpost.openapi.control.ProblemAnswers.NOT_FOUND;
import static org.rohrpost.openapi.control.ProblemAnswers.TOO_LARGE;
import static org.rohrpost.openapi.control.ProblemAnswers.TOO_MANY_REQUESTS;
import static org.rohrpost.openapi.control.ProblemAnswers.UNAUTHORIZED;
import static org.rohrpost.openapi.control.ProblemAnswers.UNPROCESSABLE;
import static org.rohrpost.openapi.control.ProblemAnswers.UNSUPPORTED_TYPE;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.rohrpost.problem.boundary.Problem;

/**
 * The REST API, under {@code /api/v1}. The annotations here define its OpenAPI document's frame
 * (info, server, sign-in, the problem answers that {@code ProblemAnswers} gives the operations);
 * the build makes the document from them and the resources' annotations, and {@code /openapi}
 * serves it (ADR 29).
 */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Rohrpost",
            version = "1",
            description =
                "Message scheduling and dispatch: clients, message systems, populations,"
                    + " communications, schedules, batches and their ledger, ad-hoc sends."
                    + " Errors are RFC 9457 problem bodies (application/problem+json).",
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    servers =
        @Server(
            url = ".",
            description = "Where this document is served, less /openapi: the server's root"),
    securitySets = {
      @SecurityRequirementsSet(@SecurityRequirement(name = RohrpostApplication.BASIC)),
      @SecurityRequirementsSet(@SecurityRequirement(name = RohrpostApplication.BEARER))
    },
    components =
        @Components(
            responses = {
              @APIResponse(
                  name = BAD_REQUEST,
                  description = "The body is not JSON, or not JSON of this request's form.",
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = UNAUTHORIZED,
                  description = "No credentials, or wrong ones.",
                  headers =
                      @Header(
                          name = "WWW-Authenticate",
                          schema = @Schema(type = SchemaType.STRING)),
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = FORBIDDEN,
                  description =
                      "The caller's roles, or the client it is bound to, do not allow this.",
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = NOT_FOUND,
                  description = "What the path names does not exist, or the caller may not see it.",
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = CONFLICT,
                  description =
                      "The current state does not allow this (the detail names the state);"
                          + " nothing was changed.",
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = TOO_LARGE,
                  description = "The body is larger than the server takes.",
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = UNSUPPORTED_TYPE,
                  description = "The body is of a media type this operation does not take.",
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = UNPROCESSABLE,
                  description = "Invalid fields or parameters, each named in errors.",
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class))),
              @APIResponse(
                  name = TOO_MANY_REQUESTS,
                  description =
                      "Too many failed sign-ins for this user or from this address; try again"
                          + " after Retry-After seconds.",
                  headers =
                      @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)),
                  content =
                      @Content(
                          mediaType = Problem.TYPE,
                          schema = @Schema(implementation = Problem.class)))
            }))
@SecurityScheme(
    securitySchemeName = RohrpostApplication.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "A user's name and password (the users of the pages)")
@SecurityScheme(
    securitySchemeName = RohrpostApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "An API key issued to an application of one client (rp_...)")
public class RohrpostApplication extends Application {
  static final String BASIC = "basic";
  static final String BEARER = "bearer";
}
