package org.rohrpost.batch.entity;

import org.rohrpost.problem.control.ConflictException;

/** A status change that the batch life cycle does not allow. */
public class IllegalTransitionException extends ConflictException {
  private final BatchStatus current;

  public IllegalTransitionException(long batchId, BatchStatus current, String action) {
    super("Batch " + batchId + " is " + current + "; it cannot " + action + " from there.");
    this.current = current;
  }

  public BatchStatus current() {
    return current;
  }
}
