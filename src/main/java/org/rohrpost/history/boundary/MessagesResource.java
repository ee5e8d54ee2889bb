package org.rohrpost.history.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.history.control.Correction;
import org.rohrpost.history.control.MessageCopies;
import org.rohrpost.history.control.Resends;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Attempt;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.openapi.control.ProblemAnswers;

/**
 * One message of the ledger with its attempts; operators send it again as it was, or correct a dead
 * one and resubmit it. Either makes a new message (in a batch of its own) that names the original.
 */
@Path("messages/{id}")
@Tag(name = "Messages", description = "The ledger's messages with their attempts; resends")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.OPERATE)
public class MessagesResource {
  @Inject MessageCopies copies;
  @Inject Resends resends;
  @Inject Ledger ledger;

  public record AttemptView(
      int number,
      Instant at,
      String outcome,
      Integer replyCode,
      String enhancedStatus,
      String reply,
      String instance) {
    static AttemptView of(Attempt a) {
      return new AttemptView(
          a.number(),
          a.attemptedAt(),
          a.outcome(),
          a.replyCode(),
          a.enhancedStatus(),
          a.reply(),
          a.instance());
    }
  }

  public record MessageView(
      long id,
      long batch,
      String recipient,
      String subject,
      MessageStatus status,
      int attempts,
      int maxAttempts,
      String lastError,
      Instant nextAttemptAt,
      Instant sentAt,
      String messageId,
      Long resendOf,
      List<AttemptView> history) {}

  @GET
  @Allowed(Permission.WATCH)
  @Operation(operationId = "getMessage", summary = "Get a message with every attempt")
  public MessageView get(@PathParam("id") long id) {
    return view(copies.find(id));
  }

  @POST
  @Path("resend")
  @Operation(operationId = "resendMessage", summary = "Send a message again, as a new message")
  @APIResponseSchema(
      value = MessageView.class,
      responseCode = "201",
      responseDescription = "The new message, in a batch of its own")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response resend(@PathParam("id") long id) {
    return created(resends.resend(id, null));
  }

  @POST
  @Path("correct")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "correctMessage",
      summary = "Send a dead message again with the parts given replaced")
  @APIResponseSchema(
      value = MessageView.class,
      responseCode = "201",
      responseDescription = "The new message, in a batch of its own")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  public Response correct(@PathParam("id") long id, Correction correction) {
    return created(
        resends.resend(
            id, correction != null ? correction : new Correction(null, null, null, null, null)));
  }

  private Response created(Message copy) {
    return Response.created(URI.create("/api/v1/messages/" + copy.id())).entity(view(copy)).build();
  }

  private MessageView view(Message m) {
    return new MessageView(
        m.id(),
        m.batchId(),
        m.recipient(),
        m.subject(),
        m.status(),
        m.attempts(),
        m.maxAttempts(),
        m.lastError(),
        m.nextAttemptAt(),
        m.sentAt(),
        m.messageId(),
        m.resendOf(),
        ledger.attemptsOf(m.id()).stream().map(AttemptView::of).toList());
  }
}
