package org.rohrpost.batch.control;

import org.rohrpost.batch.entity.BatchStatus;

/**
 * Batch {@code batchId} was paused from status {@code from}; {@code jobExecutionId} is the job last
 * started on it, if any. Fired inside the pausing transaction.
 */
public record BatchPaused(long batchId, BatchStatus from, Long jobExecutionId) {}
