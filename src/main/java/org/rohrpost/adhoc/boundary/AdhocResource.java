package org.rohrpost.adhoc.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.adhoc.control.AdhocRequest;
import org.rohrpost.adhoc.control.AdhocSubmission;
import org.rohrpost.batch.entity.BatchStatus;

/** Ad-hoc sends: recipients inline, generated at once, sent as soon as the queue allows. */
@Path("clients/{client}/adhoc")
@Tag(
    name = "Ad-hoc sends",
    description = "Mail to recipients given inline, generated at once and sent as the queue allows")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdhocResource {
  @Inject AdhocSubmission submission;

  public record Accepted(long batch, BatchStatus status) {}

  @POST
  @Operation(operationId = "sendAdhoc", summary = "Send a message to the recipients given")
  @RequestBody(
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              examples =
                  @ExampleObject(
                      name = "greeting",
                      summary = "One message to each of two recipients, rendered with their data",
                      value =
                          """
                          {"messageSystem": "demo-smtp", "subject": "Hello {{name}}",
                           "text": "Hi {{name}}, your code is {{data.code}}.",
                           "recipients": [
                             {"email": "ada@example.org", "name": "Ada", "data": {"code": "A-1"}},
                             {"email": "alan@example.org", "name": "Alan", "data": {"code": "B-2"}}]}""")))
  @APIResponseSchema(
      value = Accepted.class,
      responseCode = "202",
      responseDescription = "Accepted: the batch, to be sent (Location names it)")
  public Response submit(@PathParam("client") String client, AdhocRequest body) {
    if (body == null) {
      body = new AdhocRequest(null, null, null, null, null, null, null, null, null, null);
    }
    AdhocSubmission.Result result = submission.submit(client, body, null);
    return Response.accepted(new Accepted(result.batchId(), result.status()))
        .location(URI.create("/api/v1/batches/" + result.batchId()))
        .build();
  }
}
