package org.rohrpost.batch.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;

/** The batches page: the newest batches, of one status if the user picks one. */
@Named
@RequestScoped
public class BatchesPage {
  @Inject Batches batches;

  private BatchStatus status;
  private List<Batch> shown;

  public List<Batch> getBatches() {
    if (shown == null) {
      shown = batches.latest(status);
    }
    return shown;
  }

  public BatchStatus[] getStatuses() {
    return BatchStatus.values();
  }

  /** Shows the picked status, as a link that can be kept. */
  public String filter() {
    return "/admin/batches.xhtml?faces-redirect=true"
        + (status == null ? "" : "&status=" + status.name());
  }

  public BatchStatus getStatus() {
    return status;
  }

  public void setStatus(BatchStatus status) {
    this.status = status;
  }
}
