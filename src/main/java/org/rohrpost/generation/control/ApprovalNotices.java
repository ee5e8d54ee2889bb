package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.adhoc.control.AdhocRequest;
import org.rohrpost.adhoc.control.AdhocSubmission;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.ledger.control.BatchCounts;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.server.control.ServerSettings;

/**
 * Tells a batch's approvers that it waits for them, by e-mail through the client's message system.
 * The notice is itself an ad-hoc message on the Normal class: in the ledger, retried, never lost.
 */
@ApplicationScoped
public class ApprovalNotices {
  private static final Logger LOG = Logger.getLogger(ApprovalNotices.class.getName());

  @Inject Batches batches;
  @Inject Ledger ledger;
  @Inject AdhocSubmission submission;
  @Inject ServerSettings settings;

  void notify(@Observes(during = TransactionPhase.AFTER_SUCCESS) ApprovalRequested requested) {
    try {
      Batch batch = batches.get(requested.batchId());
      Communication communication = batch.communication();
      BatchCounts counts = ledger.counts(batch.id());
      submission.submit(
          batch.client().key(),
          new AdhocRequest(
              batch.client().key(),
              batch.messageSystem().key(),
              "Approval needed: batch " + batch.id() + " of " + communication.key(),
              null,
              text(batch, counts),
              communication.approvers().stream()
                  .map(a -> new AdhocRequest.RecipientInput(a, null, null))
                  .toList(),
              null,
              null,
              null,
              QueueClass.NORMAL.name()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Batch " + requested.batchId() + " waits for approval, but its approvers were not told",
          e);
    }
  }

  private String text(Batch batch, BatchCounts counts) {
    String api = settings.publicUrl() + "/api/v1/batches/" + batch.id();
    return String.join(
        "\n",
        List.of(
            "Batch "
                + batch.id()
                + " of communication '"
                + batch.communication().key()
                + "' (client '"
                + batch.client().key()
                + "') is generated and waits for your approval.",
            "",
            "Messages to send: " + counts.open(),
            "Skipped: " + counts.skipped(),
            "",
            "The first rendered messages: GET " + api + "/preview?limit=100",
            "Approve: POST " + api + "/approve",
            "Cancel: POST " + api + "/cancel",
            ""));
  }
}
