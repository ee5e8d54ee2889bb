package org.rohrpost.adhoc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.sending.control.ReadyBatches;

/**
 * An ad-hoc request from intake to the send queue: the generated batch is committed first, then
 * configured for sending. Should configuring fail, the sweeper finishes it later.
 */
@ApplicationScoped
public class AdhocSubmission {
  @Inject AdhocIntake intake;
  @Inject ReadyBatches readyBatches;
  @Inject Batches batches;

  /** The batch made, and where it stands. */
  public record Result(long batchId, BatchStatus status) {}

  /** Submits the request; see {@link AdhocIntake#accept} for {@code requestId} (may be null). */
  public Result submit(String clientKey, AdhocRequest request, String requestId) {
    long batchId = intake.accept(clientKey, request, requestId).id();
    readyBatches.queue(batchId);
    return new Result(batchId, batches.get(batchId).status());
  }
}
