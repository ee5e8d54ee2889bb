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
import org.rohrpost.adhoc.control.AdhocRequest;
import org.rohrpost.adhoc.control.AdhocSubmission;
import org.rohrpost.batch.entity.BatchStatus;

/** Ad-hoc sends: recipients inline, generated at once, sent as soon as the queue allows. */
@Path("clients/{client}/adhoc")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdhocResource {
  @Inject AdhocSubmission submission;

  public record Accepted(long batch, BatchStatus status) {}

  @POST
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
