package org.rohrpost.suppression.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.suppression.control.Suppressions;
import org.rohrpost.suppression.entity.Suppression;

/** A client's suppression list. */
@Path("clients/{client}/suppressions")
@Tag(name = "Suppressions", description = "Addresses a client never sends to")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SuppressionsResource {
  @Inject Suppressions suppressions;

  public record NewSuppression(String email, String reason) {}

  public record SuppressionView(String email, String reason, Instant createdAt) {
    static SuppressionView of(Suppression s) {
      return new SuppressionView(s.email(), s.reason(), s.createdAt());
    }
  }

  @POST
  @Operation(operationId = "addSuppression", summary = "Suppress an address")
  @APIResponseSchema(
      value = SuppressionView.class,
      responseCode = "201",
      responseDescription = "The address, suppressed")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response add(
      @PathParam("client") String client, NewSuppression body, @Context UriInfo uri) {
    NewSuppression request = body == null ? new NewSuppression(null, null) : body;
    Suppression added = suppressions.add(client, request.email(), request.reason());
    return Response.created(uri.getAbsolutePathBuilder().path(added.email()).build())
        .entity(SuppressionView.of(added))
        .build();
  }

  @GET
  @Operation(operationId = "listSuppressions", summary = "List a client's suppressed addresses")
  public List<SuppressionView> list(@PathParam("client") String client) {
    return suppressions.of(client).stream().map(SuppressionView::of).toList();
  }

  @DELETE
  @Path("{email}")
  @Operation(operationId = "removeSuppression", summary = "Suppress an address no longer")
  @APIResponse(responseCode = "204", description = "The address is no longer suppressed")
  public Response remove(@PathParam("client") String client, @PathParam("email") String email) {
    suppressions.remove(client, email);
    return Response.noContent().build();
  }
}
