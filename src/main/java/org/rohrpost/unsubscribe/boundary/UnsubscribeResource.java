package org.rohrpost.unsubscribe.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.problem.boundary.Problem;
import org.rohrpost.unsubscribe.control.TokenCheck;
import org.rohrpost.unsubscribe.control.Unsubscriptions;

/**
 * The unsubscribe link of bulk mail. Open to everyone (web.xml): the signed token is the authority.
 * Only POST unsubscribes, since link scanners GET every link of a message.
 */
@Path("unsubscribe/{token}")
@PermitAll
@SecurityRequirements // none
@Tag(
    name = "Unsubscribe",
    description = "The unsubscribe links of bulk mail, open to everyone: the signed token decides")
@RequestScoped
public class UnsubscribeResource {
  static final String INVALID = "This unsubscribe link is not valid.";
  static final String EXPIRED = "This unsubscribe link has expired.";
  private static final String TEXT = MediaType.TEXT_PLAIN + ";charset=UTF-8";
  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

  @Inject Unsubscriptions unsubscriptions;

  /** What mail providers call for one click (RFC 8058); the body says nothing we need. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Operation(
      operationId = "unsubscribe",
      summary = "Unsubscribe the link's recipient (one click, RFC 8058)")
  @APIResponse(
      responseCode = "200",
      description = "The address is unsubscribed",
      content = @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      description = INVALID,
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(
      responseCode = "410",
      description = EXPIRED,
      content =
          @Content(mediaType = Problem.TYPE, schema = @Schema(implementation = Problem.class)))
  public Response unsubscribe(@PathParam("token") String token) {
    TokenCheck check = unsubscriptions.unsubscribe(token);
    return switch (check.result()) {
      case VALID -> Response.ok(check.email() + " is unsubscribed.\n", TEXT).build();
      case EXPIRED -> Problem.response(Status.GONE, EXPIRED);
      case INVALID -> Problem.response(Status.BAD_REQUEST, INVALID);
    };
  }

  /** A page whose button POSTs to this same link; opening it changes nothing. */
  @GET
  @Operation(
      operationId = "showUnsubscribePage",
      summary = "Show a page whose button unsubscribes; opening it changes nothing")
  @APIResponse(
      responseCode = "200",
      description = "The page",
      content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "400",
      description = INVALID,
      content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "410",
      description = EXPIRED,
      content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
  public Response page(@PathParam("token") String token) {
    TokenCheck check = unsubscriptions.check(token);
    return switch (check.result()) {
      case VALID -> Response.ok(UnsubscribePage.confirm(check.email()), HTML).build();
      case EXPIRED ->
          Response.status(Status.GONE).type(HTML).entity(UnsubscribePage.refused(EXPIRED)).build();
      case INVALID ->
          Response.status(Status.BAD_REQUEST)
              .type(HTML)
              .entity(UnsubscribePage.refused(INVALID))
              .build();
    };
  }
}
