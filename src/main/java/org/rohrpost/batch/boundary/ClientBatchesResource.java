package org.rohrpost.batch.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.client.control.Clients;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.problem.control.FieldErrors;

/** A client's batches, newest first. */
@Path("clients/{client}/batches")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClientBatchesResource {
  @Inject Batches batches;
  @Inject Clients clients;
  @Inject Ledger ledger;

  @GET
  @RolesAllowed({"ADMIN", "SCHEDULER", "APPROVER", "OPERATOR", "VIEWER"})
  public List<BatchView> list(
      @PathParam("client") String client, @QueryParam("page") @DefaultValue("0") int page) {
    FieldErrors errors = new FieldErrors();
    errors.check(page >= 0, "page", "must be 0 or more");
    errors.throwIfAny();
    return batches.of(clients.get(client), page).stream()
        .map(b -> BatchView.of(b, ledger.counts(b.id())))
        .toList();
  }
}
