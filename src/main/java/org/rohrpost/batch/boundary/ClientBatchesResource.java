package org.rohrpost.batch.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.client.control.Clients;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.validation.control.FieldErrors;

/** A client's batches, newest first. */
@Path("clients/{client}/batches")
@Tag(name = "Batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientBatchesResource {
  @Inject Batches batches;
  @Inject Clients clients;
  @Inject Ledger ledger;

  @GET
  @Allowed(Permission.READ)
  @Operation(operationId = "listClientBatches", summary = "List a client's batches, newest first")
  public List<BatchView> list(
      @PathParam("client") String client,
      @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String page) {
    FieldErrors errors = new FieldErrors();
    int wanted = errors.page(page);
    errors.throwIfAny();
    return batches.of(clients.get(client), wanted).stream()
        .map(b -> BatchView.of(b, ledger.counts(b.id())))
        .toList();
  }
}
