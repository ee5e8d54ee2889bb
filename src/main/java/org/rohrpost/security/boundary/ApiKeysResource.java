package org.rohrpost.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.entity.Role;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.security.control.ApiKeys;

/**
 * Issues an application of one client its API key (administrators): the answer holds the key, this
 * once. The application is a user of that client; {@code DELETE /users/{name}} revokes it.
 */
@Path("clients/{client}/api-keys")
@Tag(name = "Users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ApiKeysResource {
  @Inject ApiKeys apiKeys;

  public record IssuedView(
      String name, String client, Set<Role> roles, Instant createdAt, String key) {}

  @POST
  @Operation(
      operationId = "issueApiKey",
      summary = "Issue an API key to an application of a client")
  @APIResponseSchema(
      value = IssuedView.class,
      responseCode = "201",
      responseDescription = "The application, with its key (shown this once)")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response issue(
      @PathParam("client") String client, ApiKeys.NewApiKey body, @Context UriInfo uri) {
    ApiKeys.Issued issued = apiKeys.issue(client, body);
    var app = issued.application();
    return Response.created(uri.getBaseUriBuilder().path("users").path(app.username()).build())
        .entity(
            new IssuedView(
                app.username(), app.client().key(), app.roles(), app.createdAt(), issued.key()))
        .header("Cache-Control", "no-store")
        .build();
  }
}
