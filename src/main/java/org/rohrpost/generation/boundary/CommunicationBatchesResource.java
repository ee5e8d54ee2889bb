package org.rohrpost.generation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.batch.boundary.BatchView;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.generation.control.Generations;
import org.rohrpost.ledger.control.Ledger;

/** The batches of a communication: each one run of it, scheduled once (now if no time is given). */
@Path("clients/{client}/communications/{key}/batches")
@Tag(name = "Batches")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CommunicationBatchesResource {
  @Inject Generations generations;
  @Inject Ledger ledger;

  /** The body of a new batch: when it is due, when its messages expire (both optional). */
  public record NewBatch(
      @Schema(format = "date-time") String sendAt,
      @Schema(format = "date-time") String expiresAt) {}

  @POST
  @Operation(
      operationId = "createCommunicationBatch",
      summary = "Run a communication once, now or at sendAt")
  @APIResponseSchema(
      value = BatchView.class,
      responseCode = "201",
      responseDescription = "The batch, scheduled")
  public Response create(
      @PathParam("client") String client,
      @PathParam("key") String key,
      NewBatch body,
      @Context UriInfo uri,
      @Context SecurityContext caller) {
    Batch batch =
        generations.schedule(
            client,
            key,
            body == null ? null : body.sendAt(),
            body == null ? null : body.expiresAt(),
            caller.getUserPrincipal().getName());
    return Response.created(uri.getBaseUriBuilder().path("batches/{id}").build(batch.id()))
        .entity(BatchView.of(batch, ledger.counts(batch.id())))
        .build();
  }

  @GET
  @Operation(operationId = "listCommunicationBatches", summary = "List a communication's batches")
  public List<BatchView> list(@PathParam("client") String client, @PathParam("key") String key) {
    return generations.of(client, key).stream()
        .map(b -> BatchView.of(b, ledger.counts(b.id())))
        .toList();
  }
}
