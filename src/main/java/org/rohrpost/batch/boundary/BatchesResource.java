package org.rohrpost.batch.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/**
 * Batches: status and counts, operator controls, the ledger and the preview. Everyone signed in may
 * look; approvers approve, operators pause, resume and cancel (and administrators all).
 */
@Path("batches/{id}")
@RequestScoped
@Allowed(Permission.READ)
@Produces(MediaType.APPLICATION_JSON)
public class BatchesResource {
  private static final int MAX_PREVIEW = 100;

  @Inject Batches batches;
  @Inject Ledger ledger;

  public record LedgerRow(
      long id,
      String recipient,
      MessageStatus status,
      int attempts,
      String lastError,
      Instant sentAt,
      String messageId) {
    static LedgerRow of(Message m) {
      return new LedgerRow(
          m.id(),
          m.recipient(),
          m.status(),
          m.attempts(),
          m.lastError(),
          m.sentAt(),
          m.messageId());
    }
  }

  public record PreviewItem(String recipient, String subject, String html, String text) {}

  @GET
  public BatchView get(@PathParam("id") String id) {
    return view(batches.get(parse(id)));
  }

  @POST
  @Path("approve")
  @Allowed(Permission.APPROVE)
  public BatchView approve(@PathParam("id") String id) {
    return view(batches.approve(parse(id)));
  }

  @POST
  @Path("pause")
  @Allowed(Permission.OPERATE)
  public BatchView pause(@PathParam("id") String id) {
    return view(batches.pause(parse(id)));
  }

  @POST
  @Path("resume")
  @Allowed(Permission.OPERATE)
  public BatchView resume(@PathParam("id") String id) {
    return view(batches.resume(parse(id)));
  }

  @POST
  @Path("cancel")
  @Allowed(Permission.OPERATE)
  public BatchView cancel(@PathParam("id") String id) {
    return view(batches.cancel(parse(id)));
  }

  @GET
  @Path("messages")
  public List<LedgerRow> messages(
      @PathParam("id") String id,
      @QueryParam("status") @Parameter(schema = @Schema(implementation = MessageStatus.class))
          String status,
      @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String page) {
    FieldErrors errors = new FieldErrors();
    MessageStatus wanted = Keys.optional(errors, "status", status, MessageStatus.class);
    int number = errors.page(page);
    errors.throwIfAny();
    return batches.messages(parse(id), wanted, number).stream().map(LedgerRow::of).toList();
  }

  @GET
  @Path("preview")
  public List<PreviewItem> preview(
      @PathParam("id") String id,
      @QueryParam("limit") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String limit) {
    FieldErrors errors = new FieldErrors();
    int wanted = errors.wholeNumber("limit", limit, MAX_PREVIEW, 1, MAX_PREVIEW);
    errors.throwIfAny();
    return batches.preview(parse(id), wanted).stream()
        .map(m -> new PreviewItem(m.recipient(), m.subject(), m.html(), m.text()))
        .toList();
  }

  private BatchView view(Batch batch) {
    return BatchView.of(batch, ledger.counts(batch.id()));
  }

  private static long parse(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("Batch", id);
    }
  }
}
