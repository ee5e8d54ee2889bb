package org.rohrpost.messagesystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.client.control.Clients;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.DkimSettings;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.messagesystem.entity.PrinterSettings;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;
import org.rohrpost.openapi.control.ProblemAnswers;

/** A client's message systems. Passwords and DKIM keys go in and never come out. */
@Path("clients/{client}/message-systems")
@Tag(
    name = "Message systems",
    description = "A client's ways out: SMTP relays (with DKIM) and printers, with their limits")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class MessageSystemsResource {
  @Inject MessageSystems systems;
  @Inject Clients clients;

  /**
   * A message system as answers show it: an SMTP system's server and sender, or a printer's URI
   * (null: the spool directory) and server; {@code throttledUntil} is the end of the last pause its
   * server asked for (421, 454), null if it never asked.
   */
  public record MessageSystemView(
      String key,
      MessageSystemType type,
      String host,
      Integer port,
      TlsMode tls,
      String username,
      boolean hasPassword,
      String from,
      Double ratePerSecond,
      DkimSettings dkim,
      String printer,
      String server,
      Instant createdAt,
      Instant throttledUntil) {
    static MessageSystemView of(MessageSystem m) {
      SmtpSettings s = m.smtp();
      PrinterSettings p = m.printer();
      return new MessageSystemView(
          m.key(),
          m.type(),
          s == null ? null : s.host(),
          s == null ? null : s.port(),
          s == null ? null : s.tls(),
          s == null ? null : s.username(),
          m.hasPassword(),
          s == null ? null : s.from(),
          m.ratePerSecond(),
          m.dkim(),
          p == null || p.printer() == null ? null : p.printer().toString(),
          m.server(),
          m.createdAt(),
          m.throttledUntil());
    }
  }

  @POST
  @Operation(operationId = "createMessageSystem", summary = "Create a message system")
  @APIResponseSchema(
      value = MessageSystemView.class,
      responseCode = "201",
      responseDescription = "The message system, created")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response create(
      @PathParam("client") String client, MessageSystems.Definition body, @Context UriInfo uri) {
    MessageSystem system = systems.create(client, orEmpty(body));
    return Response.created(uri.getAbsolutePathBuilder().path(system.key()).build())
        .entity(MessageSystemView.of(system))
        .build();
  }

  /**
   * New settings, whole as on creation; an absent password or DKIM key keeps the stored one. The
   * key and the type stay.
   */
  @PUT
  @Path("{key}")
  @Operation(
      operationId = "updateMessageSystem",
      summary = "Change a message system's settings, whole")
  public MessageSystemView update(
      @PathParam("client") String client,
      @PathParam("key") String key,
      MessageSystems.Definition body) {
    return MessageSystemView.of(systems.update(client, key, orEmpty(body)));
  }

  private static MessageSystems.Definition orEmpty(MessageSystems.Definition body) {
    return body == null
        ? new MessageSystems.Definition(
            null, null, null, null, null, null, null, null, null, null, null, null)
        : body;
  }

  @GET
  @Operation(operationId = "listMessageSystems", summary = "List a client's message systems")
  public List<MessageSystemView> list(@PathParam("client") String client) {
    return systems.of(clients.get(client)).stream().map(MessageSystemView::of).toList();
  }

  @GET
  @Path("{key}")
  @Operation(operationId = "getMessageSystem", summary = "Get a message system")
  public MessageSystemView get(@PathParam("client") String client, @PathParam("key") String key) {
    return MessageSystemView.of(systems.get(clients.get(client), key));
  }
}
