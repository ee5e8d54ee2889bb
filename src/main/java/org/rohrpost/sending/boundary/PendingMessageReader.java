package org.rohrpost.sending.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.rohrpost.ledger.control.Ledger;

/**
 * Reads the ids of a batch's generated messages not yet in a bundle, in order, a page at a time;
 * the checkpoint is the last id read.
 */
@Named
@Dependent
public class PendingMessageReader extends AbstractItemReader {
  static final int PAGE = 1000;

  @Inject @BatchProperty String batchId;
  @Inject Ledger ledger;

  private final Deque<Long> page = new ArrayDeque<>();
  private long lastId;
  private boolean exhausted;

  @Override
  public void open(Serializable checkpoint) {
    lastId = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (page.isEmpty() && !exhausted) {
      var next = ledger.pendingAfter(Long.parseLong(batchId), lastId, PAGE);
      exhausted = next.size() < PAGE;
      page.addAll(next);
    }
    Long id = page.poll();
    if (id != null) {
      lastId = id;
    }
    return id;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastId;
  }
}
