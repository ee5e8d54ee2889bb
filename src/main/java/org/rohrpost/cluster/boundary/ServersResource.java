package org.rohrpost.cluster.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.cluster.control.Servers;
import org.rohrpost.cluster.entity.ServerSeen;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.sending.control.Bundler;

/**
 * The servers sharing the database, with the work each holds; moving the work of a server that is
 * gone to another ({@code POST /servers/{name}/move {"to": "…"}}) at once.
 */
@Path("servers")
@Tag(name = "Servers", description = "The servers sharing the database, and the work each holds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServersResource {
  @Inject Servers servers;
  @Inject Bundler bundler;

  public record ServerView(
      String instance,
      Instant startedAt,
      Instant seenAt,
      boolean alive,
      long bundles,
      long batches) {}

  public record Move(String to) {}

  @GET
  @Allowed(Permission.WATCH)
  @Operation(operationId = "listServers", summary = "List the servers and the work each holds")
  public List<ServerView> list() {
    Instant now = Instant.now();
    return servers.all().stream()
        .map(
            (ServerSeen s) -> {
              Servers.Held held = servers.heldBy(s.instance());
              return new ServerView(
                  s.instance(),
                  s.startedAt(),
                  s.seenAt(),
                  s.isAliveAt(now),
                  held.bundles(),
                  held.batches());
            })
        .toList();
  }

  @POST
  @Path("{instance}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "moveServerWork",
      summary = "Move the work of a server that is gone to another")
  @APIResponse(responseCode = "200", description = "What was moved")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Servers.Moved move(@PathParam("instance") String instance, Move body) {
    Servers.Moved moved = servers.move(instance, body == null ? null : body.to());
    bundler.signalFree();
    return moved;
  }
}
