package org.rohrpost.client.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.OnTheWire;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.openapi.control.ProblemAnswers;

/** Clients (tenants). */
@Path("clients")
@Tag(
    name = "Clients",
    description = "The tenants: each has its message systems, populations, communications, users")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClientsResource {
  @Inject Clients clients;

  public record ClientView(
      String key,
      String name,
      QueueClass queueClass,
      String server,
      Duration messageLifetime,
      Duration historyRetention,
      boolean deleteOnSuccess,
      OnTheWire onTheWire,
      Instant createdAt) {
    static ClientView of(Client c) {
      return new ClientView(
          c.key(),
          c.name(),
          c.queueClass(),
          c.server(),
          c.messageLifetime(),
          c.historyRetention(),
          c.deletesOnSuccess(),
          c.onTheWire(),
          c.createdAt());
    }
  }

  @POST
  @Operation(operationId = "createClient", summary = "Create a client")
  @APIResponseSchema(
      value = ClientView.class,
      responseCode = "201",
      responseDescription = "The client, created")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response create(Clients.Definition body, @Context UriInfo uri) {
    Client client =
        clients.create(
            body == null
                ? new Clients.Definition(null, null, null, null, null, null, null, null)
                : body);
    return Response.created(uri.getAbsolutePathBuilder().path(client.key()).build())
        .entity(ClientView.of(client))
        .build();
  }

  @GET
  @Allowed(Permission.READ)
  @Operation(operationId = "listClients", summary = "List the clients the caller may see")
  public List<ClientView> list() {
    return clients.all().stream().map(ClientView::of).toList();
  }

  @GET
  @Path("{client}")
  @Allowed(Permission.READ)
  @Operation(operationId = "getClient", summary = "Get a client")
  public ClientView get(@PathParam("client") String key) {
    return ClientView.of(clients.get(key));
  }
}
