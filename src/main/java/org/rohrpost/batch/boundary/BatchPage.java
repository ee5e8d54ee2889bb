package org.rohrpost.batch.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.function.LongFunction;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.ledger.control.BatchCounts;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.problem.control.NotFoundException;

/**
 * One batch's page: its progress and the controls its status allows (pause, resume, cancel; for
 * administrators, as in the API). A control refused meanwhile says why on the page. The controls'
 * form posts the batch's id along, since the page has it only as a view parameter.
 */
@Named
@RequestScoped
public class BatchPage {
  @Inject Batches batches;
  @Inject Ledger ledger;
  @Inject FacesContext faces;
  @Inject PageMessages messages;

  private Long id;
  private Batch batch;
  private BatchCounts counts;

  /** The page's view action: says so when the page names no batch, or one that is not there. */
  public void load() {
    if (id == null) {
      messages.error("No batch named.");
    } else if (getBatch() == null) {
      messages.error("There is no batch " + id + ".");
    }
  }

  public String pause() {
    return act(batches::pause, "Paused.");
  }

  public String resume() {
    return act(batches::resume, "Resumed.");
  }

  public String cancel() {
    return act(batches::cancel, "Cancelled.");
  }

  public boolean isPausable() {
    return mayControl() && getBatch().status().isPausable();
  }

  public boolean isResumable() {
    return mayControl() && getBatch().status().isResumable();
  }

  public boolean isCancellable() {
    return mayControl() && getBatch().status().canMoveTo(BatchStatus.CANCELLED);
  }

  private boolean mayControl() {
    return getBatch() != null && faces.getExternalContext().isUserInRole("ADMIN");
  }

  private String act(LongFunction<Batch> action, String done) {
    if (getBatch() == null) {
      messages.error("There is no batch " + id + ".");
      return null;
    }
    try {
      action.apply(id);
      messages.afterRedirect(done);
    } catch (RuntimeException refused) {
      messages.refused(refused);
      batch = null; // shown as it is now
      return null;
    }
    return "/admin/batch.xhtml?faces-redirect=true&id=" + id;
  }

  /**
   * The id a control's form posts along: a postback decides whether a control's action runs before
   * the view parameter is applied.
   */
  private Long postedId() {
    try {
      String posted = faces.getExternalContext().getRequestParameterMap().get("id");
      return posted == null ? null : Long.valueOf(posted);
    } catch (NumberFormatException notAnId) {
      return null;
    }
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
      id = postedId();
    }
    if (batch == null && id != null) {
      try {
        batch = batches.get(id);
        counts = ledger.counts(id);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return batch;
  }

  public BatchCounts getCounts() {
    getBatch();
    return counts;
  }
}
