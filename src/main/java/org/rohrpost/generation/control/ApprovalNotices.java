package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.rohrpost.adhoc.control.AdhocRequest;
import org.rohrpost.adhoc.control.AdhocSubmission;
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

  @Inject Ledger ledger;
  @Inject AdhocSubmission submission;
  @Inject ServerSettings settings;

  /**
   * Queues the notice for a batch that has just become PENDING_APPROVAL, in that same transaction:
   * the batch waits for approval exactly when its approvers' notice is in the ledger (once: the
   * notice's request id is the batch's).
   */
  public void send(Batch batch) {
    Communication communication = batch.communication();
    if (batch.messageSystem().isPrinter()) {
      LOG.info(
          "Batch "
              + batch.id()
              + " waits for approval; its approvers get no notice: it prints, it does not mail");
      return;
    }
    submission.submit(
        batch.client().key(),
        new AdhocRequest(
            batch.client().key(),
            batch.messageSystem().key(),
            "Approval needed: batch " + batch.id() + " of " + communication.key(),
            null,
            text(batch, ledger.counts(batch.id())),
            communication.approvers().stream()
                .map(a -> new AdhocRequest.RecipientInput(a, null, null, null, null))
                .toList(),
            null,
            null,
            null,
            QueueClass.NORMAL.name()),
        "approval-notice:" + batch.id());
  }

  private String text(Batch batch, BatchCounts counts) {
    String api = settings.publicUrl() + "/api/v1/batches/" + batch.id();
    String page = settings.publicUrl() + "/admin/approval.xhtml?id=" + batch.id();
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
            "Review the first messages and approve or cancel: " + page,
            "",
            "Or over the API:",
            "The first rendered messages: GET " + api + "/preview?limit=100",
            "Approve: POST " + api + "/approve",
            "Cancel: POST " + api + "/cancel",
            ""));
  }
}
