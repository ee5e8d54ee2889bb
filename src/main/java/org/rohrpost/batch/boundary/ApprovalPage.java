package org.rohrpost.batch.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.LongFunction;
import org.rohrpost.access.boundary.Permissions;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.ledger.control.BatchCounts;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.web.boundary.Posted;

/**
 * The approval page: a generated batch's summary and its first rendered messages, with Approve
 * &amp; Send behind a confirmation step, and Cancel. Who may approve or cancel is who may on the
 * API. The forms post the batch's id (and whether the confirmation is showing), since a postback
 * decides which buttons exist before the view parameter is applied.
 */
@Named
@RequestScoped
public class ApprovalPage {
  static final int SHOWN = 100;

  @Inject Posted posted;
  @Inject Batches batches;
  @Inject Ledger ledger;
  @Inject Permissions permissions;
  @Inject PageMessages messages;

  private Long id;
  private Batch batch;
  private BatchCounts counts;
  private List<Message> preview;

  /** Set by this request's action; otherwise the confirmation form says it is showing. */
  private Boolean confirming;

  /** The page's view action: says what is wrong when there is nothing to approve. */
  public void load() {
    if (getBatch() == null) {
      messages.error(id == null ? "No batch named." : "There is no batch " + id + ".");
    } else if (!batch.status().awaitsApproval()) {
      messages.info("Batch " + id + " is " + batch.status() + "; it waits for no approval.");
    }
  }

  /** First step of approving: shows what will be sent and asks again. */
  public String approve() {
    confirming = true;
    return null;
  }

  /** Second step: approves, and shows the batch sending. */
  public String confirm() {
    return act(
        Permission.APPROVE, "approve batches", batches::approve, "Approved: the batch is sending.");
  }

  public String back() {
    confirming = false;
    return null;
  }

  public String cancel() {
    return act(
        Permission.OPERATE, "cancel batches", batches::cancel, "Cancelled: nothing is sent.");
  }

  private String act(Permission needed, String what, LongFunction<Batch> action, String done) {
    try {
      permissions.require(needed, what);
      action.apply(getBatch() == null ? -1 : id);
    } catch (RuntimeException refused) {
      messages.refused(refused);
      confirming = false;
      batch = null; // shown as it is now
      return null;
    }
    messages.afterRedirect(done);
    return "/admin/batch.xhtml?faces-redirect=true&id=" + id;
  }

  public boolean isApprovable() {
    return getBatch() != null
        && batch.status().awaitsApproval()
        && permissions.allow(Permission.APPROVE);
  }

  public boolean isCancellable() {
    return getBatch() != null
        && batch.status().canMoveTo(BatchStatus.CANCELLED)
        && permissions.allow(Permission.OPERATE);
  }

  /** Whether the confirmation shows: as this request's action decided, or as its form posted. */
  public boolean isConfirming() {
    return confirming != null ? confirming : "true".equals(posted.text("confirming"));
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Batch getBatch() {
    if (id == null) {
      id = posted.id("id");
    }
    if (batch == null && id != null) {
      batch = batches.find(id).orElse(null);
    }
    return batch;
  }

  public BatchCounts getCounts() {
    if (counts == null && getBatch() != null) {
      counts = ledger.counts(id);
    }
    return counts;
  }

  /** The first rendered messages, as the approver notice promises. */
  public List<Message> getPreview() {
    if (preview == null && getBatch() != null) {
      preview = batches.preview(id, SHOWN);
    }
    return preview;
  }

  public int getShown() {
    return SHOWN;
  }
}
