package org.rohrpost.batch.control;

import org.rohrpost.batch.entity.BatchStatus;

/** A paused batch was resumed into {@code status}; fired inside the resuming transaction. */
public record BatchResumed(long batchId, BatchStatus status) {}
