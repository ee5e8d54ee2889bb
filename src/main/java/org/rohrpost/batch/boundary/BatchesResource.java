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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rohrpost.access.boundary.Allowed;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.openapi.control.ProblemAnswers;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/**
 * Batches: status and counts, operator controls, the ledger and the preview. Everyone signed in may
 * look; approvers approve, operators pause, resume and cancel (and administrators all).
 */
@Path("batches/{id}")
@Tag(
    name = "Batches",
    description =
        "Runs of a communication or of an ad-hoc request: status, counts, controls, ledger")
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
  @Operation(operationId = "getBatch", summary = "Get a batch's status and counts")
  public BatchView get(@PathParam("id") String id) {
    return view(batches.get(parse(id)));
  }

  @POST
  @Path("approve")
  @Operation(operationId = "approveBatch", summary = "Approve a batch waiting for approval")
  @APIResponse(responseCode = "200", description = "The batch, approved")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  @Allowed(Permission.APPROVE)
  public BatchView approve(@PathParam("id") String id) {
    return view(batches.approve(parse(id)));
  }

  @POST
  @Path("pause")
  @Operation(operationId = "pauseBatch", summary = "Pause a batch")
  @APIResponse(responseCode = "200", description = "The batch, paused")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  @Allowed(Permission.OPERATE)
  public BatchView pause(@PathParam("id") String id) {
    return view(batches.pause(parse(id)));
  }

  @POST
  @Path("resume")
  @Operation(operationId = "resumeBatch", summary = "Resume a paused batch")
  @APIResponse(responseCode = "200", description = "The batch, resumed")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  @Allowed(Permission.OPERATE)
  public BatchView resume(@PathParam("id") String id) {
    return view(batches.resume(parse(id)));
  }

  @POST
  @Path("cancel")
  @Operation(
      operationId = "cancelBatch",
      summary = "Cancel a batch waiting for approval, or a paused one")
  @APIResponse(responseCode = "200", description = "The batch, cancelled")
  @APIResponse(responseCode = "409", ref = ProblemAnswers.CONFLICT)
  @Allowed(Permission.OPERATE)
  public BatchView cancel(@PathParam("id") String id) {
    return view(batches.cancel(parse(id)));
  }

  @GET
  @Path("messages")
  @Operation(
      operationId = "listBatchMessages",
      summary = "List a batch's messages (its ledger), 100 a page")
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
  @Operation(operationId = "previewBatch", summary = "Get a batch's first rendered messages")
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
