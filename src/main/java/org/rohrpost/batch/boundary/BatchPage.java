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
import org.rohrpost.ledger.control.Throughput;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.web.boundary.Posted;

/**
 * One batch's page: its progress, its throughput, the controls its status allows (pause, resume,
 * cancel; for those the API lets do it) and its ledger, a page of 100 messages at a time of one
 * status if picked. A control refused meanwhile says why on the page. The controls' form posts the
 * batch's id along, since the page has it only as a view parameter. While the batch is under way
 * the page reloads itself every few seconds.
 */
@Named
@RequestScoped
public class BatchPage {
  @Inject Posted posted;
  @Inject Batches batches;
  @Inject Ledger ledger;
  @Inject PageMessages messages;
  @Inject Throughput throughput;
  @Inject Permissions permissions;

  private Long id;
  private Batch batch;
  private BatchCounts counts;
  private MessageStatus status;
  private int page;
  private List<Message> ledgerPage;
  private ThroughputChart chart;

  /** The page's view action: says so when the page names no batch, or one that is not there. */
  public void load() {
    if (id == null) {
      messages.error("No batch named.");
    } else if (getBatch() == null) {
      messages.error("There is no batch " + id + ".");
    } else if (!FieldErrors.isPage(page)) {
      messages.error("There is no page " + page + " of the ledger; this is the first.");
      page = 0;
    }
  }

  public String pause() {
    return act("pause", batches::pause, "Paused.");
  }

  public String resume() {
    return act("resume", batches::resume, "Resumed.");
  }

  public String cancel() {
    return act("cancel", batches::cancel, "Cancelled.");
  }

  public boolean isPausable() {
    return mayOperate() && getBatch().status().isPausable();
  }

  public boolean isResumable() {
    return mayOperate() && getBatch().status().isResumable();
  }

  public boolean isCancellable() {
    return mayOperate() && getBatch().status().canMoveTo(BatchStatus.CANCELLED);
  }

  /** Waits for an approver: the page links to the approval page. */
  public boolean isAwaitingApproval() {
    return getBatch() != null && batch.status().awaitsApproval();
  }

  /**
   * Under way: the page reloads itself (not once it ended, nor while it waits for a person, a
   * resume or its send time).
   */
  public boolean isLive() {
    return getBatch() != null && batch.status().isUnderWay();
  }

  /** The ledger is shown to those who may read it on the API. */
  public boolean isLedgerShown() {
    return getBatch() != null && permissions.allow(Permission.READ);
  }

  /** This page of the ledger, of the picked status if any. */
  public List<Message> getLedger() {
    if (ledgerPage == null) {
      ledgerPage = isLedgerShown() ? batches.messages(id, status, page) : List.of();
    }
    return ledgerPage;
  }

  public boolean isNextPage() {
    return getLedger().size() == Batches.PAGE_SIZE;
  }

  public MessageStatus[] getStatuses() {
    return MessageStatus.values();
  }

  /** Shows the ledger in the picked status, from its first page, as a link that can be kept. */
  public String filter() {
    if (getBatch() == null) {
      messages.error("There is no batch " + id + ".");
      return null;
    }
    return "/admin/batch.xhtml?faces-redirect=true&id="
        + id
        + (status == null ? "" : "&status=" + status.name());
  }

  public ThroughputChart getChart() {
    if (chart == null && getBatch() != null) {
      chart = new ThroughputChart(throughput.of(id));
    }
    return chart;
  }

  /** Whether the caller may, as on the API, do this to the batch shown. */
  private boolean mayOperate() {
    return getBatch() != null && permissions.allow(Permission.OPERATE);
  }

  private String act(String control, LongFunction<Batch> action, String done) {
    if (getBatch() == null) {
      messages.error("There is no batch " + id + ".");
      return null;
    }
    try {
      permissions.require(Permission.OPERATE, control + " batches");
      action.apply(id);
      messages.afterRedirect(done);
    } catch (RuntimeException refused) {
      messages.refused(refused);
      batch = null; // shown as it is now
      return null;
    }
    return "/admin/batch.xhtml?faces-redirect=true&id=" + id;
  }

  public MessageStatus getStatus() {
    return status;
  }

  public void setStatus(MessageStatus status) {
    this.status = status;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /**
   * The batch, read once a request, also on a postback (where the view action does not run): the
   * controls' {@code rendered} decides whether their action runs.
   */
  public Batch getBatch() {
    if (id == null) {
      id = posted.id("id");
    }
    if (batch == null && id != null) {
      batch = batches.find(id).orElse(null);
      counts = batch == null ? null : ledger.counts(id);
    }
    return batch;
  }

  public BatchCounts getCounts() {
    getBatch();
    return counts;
  }
}
