package org.rohrpost.communication.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.openapi.control.ProblemAnswers;

/** A client's communications. */
@Path("clients/{client}/communications")
@Tag(
    name = "Communications",
    description = "What a client sends to whom: template, population, message system, approvers")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CommunicationsResource {
  @Inject Communications communications;

  public record CommunicationView(
      String key,
      String messageSystem,
      String population,
      String subject,
      String html,
      String text,
      boolean bypassApproval,
      List<String> approvers,
      QueueClass queueClass,
      Instant createdAt) {
    static CommunicationView of(Communication c) {
      return new CommunicationView(
          c.key(),
          c.messageSystem().key(),
          c.population().key(),
          c.template().subject(),
          c.template().html(),
          c.template().text(),
          c.bypassApproval(),
          c.approvers(),
          c.queueClass(),
          c.createdAt());
    }
  }

  @POST
  @Operation(operationId = "createCommunication", summary = "Create a communication")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "newsletter",
                      summary = "A newsletter to a population, approved before it goes",
                      value =
                          """
                          {"key": "hello", "messageSystem": "demo-smtp", "population": "friends",
                           "subject": "Hello {{name}}", "text": "Hi {{name}}!",
                           "html": "<p>Hi {{name}}!</p>", "bypassApproval": false,
                           "approvers": ["boss@example.org"]}""")))
  @APIResponseSchema(
      value = CommunicationView.class,
      responseCode = "201",
      responseDescription = "The communication, created")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response create(
      @PathParam("client") String client, Communications.Definition body, @Context UriInfo uri) {
    Communication created = communications.create(client, definition(body));
    return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build())
        .entity(CommunicationView.of(created))
        .build();
  }

  @GET
  @Operation(operationId = "listCommunications", summary = "List a client's communications")
  public List<CommunicationView> list(@PathParam("client") String client) {
    return communications.of(client).stream().map(CommunicationView::of).toList();
  }

  @PUT
  @Path("{key}")
  @Operation(operationId = "updateCommunication", summary = "Change a communication, whole")
  public CommunicationView update(
      @PathParam("client") String client,
      @PathParam("key") String key,
      Communications.Definition body) {
    return CommunicationView.of(communications.update(client, key, definition(body)));
  }

  @DELETE
  @Path("{key}")
  @Operation(
      operationId = "deleteCommunication",
      summary = "Delete a communication that has no batches and no schedule")
  @APIResponse(responseCode = "204", description = "The communication is deleted")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response delete(@PathParam("client") String client, @PathParam("key") String key) {
    communications.delete(client, key);
    return Response.noContent().build();
  }

  @GET
  @Path("{key}")
  @Operation(operationId = "getCommunication", summary = "Get a communication")
  public CommunicationView get(@PathParam("client") String client, @PathParam("key") String key) {
    return CommunicationView.of(communications.get(client, key));
  }

  private static Communications.Definition definition(Communications.Definition body) {
    return body == null
        ? new Communications.Definition(null, null, null, null, null, null, null, null, null)
        : body;
  }
}
