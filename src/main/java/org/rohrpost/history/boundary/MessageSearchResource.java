package org.rohrpost.history.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.rohrpost.history.control.MessageSearch;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;

/**
 * The history across batches: messages of a client, to a recipient, in a status, made from/to a
 * time (all optional), newest first, 100 a page.
 */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "OPERATOR", "VIEWER"})
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
  public List<Row> find(
      @QueryParam("client") String client,
      @QueryParam("recipient") String recipient,
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") int page) {
    return search
        .find(new MessageSearch.Criteria(client, recipient, status, from, to, page))
        .stream()
        .map(Row::of)
        .toList();
  }
}
