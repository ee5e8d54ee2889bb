package org.rohrpost.adhoc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.sending.control.ReadyBatches;
import org.rohrpost.tracing.control.Traces;

/**
 * An ad-hoc request from intake to the send queue, in the span that begins the batch's trace: the
 * generated batch is committed first, then configured for sending. Should configuring fail, the
 * sweeper finishes it later.
 */
@ApplicationScoped
public class AdhocSubmission {
  @Inject AdhocIntake intake;
  @Inject ReadyBatches readyBatches;
  @Inject Batches batches;
  @Inject Traces traces;

  /** The batch made, and where it stands. */
  public record Result(long batchId, BatchStatus status) {}

  /** Submits the request; see {@link AdhocIntake#accept} for {@code requestId} (may be null). */
  public Result submit(String clientKey, AdhocRequest request, String requestId) {
    return traces.inSpan(
        "rohrpost intake",
        null,
        span -> {
          span.setAttribute(Traces.CLIENT, clientKey);
          long batchId = intake.accept(clientKey, request, requestId).id();
          span.setAttribute(Traces.BATCH, batchId);
          readyBatches.queue(batchId);
          return new Result(batchId, batches.get(batchId).status());
        });
  }
}
