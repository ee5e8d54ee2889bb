package org.rohrpost.history.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.history.control.MessageSearch;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.validation.control.FieldErrors;

/**
 * The history across batches: messages of a client, to a recipient, in a status, made from/to a
 * time (all optional), newest first, 100 a page.
 */
@Path("messages")
@Tag(name = "Messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed(Permission.WATCH)
public class MessageSearchResource {
  @Inject MessageSearch search;

  public record Row(
      long id,
      long batch,
      String client,
      String recipient,
      MessageStatus status,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant sentAt,
      String messageId) {
    static Row of(MessageSearch.Found found) {
      Message m = found.message();
      return new Row(
          m.id(),
          m.batchId(),
          found.client(),
          m.recipient(),
          m.status(),
          m.attempts(),
          m.lastError(),
          m.createdAt(),
          m.sentAt(),
          m.messageId());
    }
  }

  @GET
  @Operation(
      operationId = "searchMessages",
      summary = "Search the history across batches, newest first, 100 a page")
  public List<Row> find(
      @QueryParam("client") String client,
      @QueryParam("recipient") String recipient,
      @QueryParam("status") @Parameter(schema = @Schema(implementation = MessageStatus.class))
          String status,
      @QueryParam("from") @Parameter(schema = @Schema(format = "date-time")) String from,
      @QueryParam("to") @Parameter(schema = @Schema(format = "date-time")) String to,
      @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String page) {
    FieldErrors errors = new FieldErrors();
    int number = errors.page(page);
    errors.throwIfAny();
    return search
        .find(new MessageSearch.Criteria(client, recipient, status, from, to, number))
        .stream()
        .map(Row::of)
        .toList();
  }
}
