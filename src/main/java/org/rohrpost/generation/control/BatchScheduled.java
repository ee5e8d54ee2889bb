package org.rohrpost.generation.control;

import java.time.Instant;

/**
 * A batch was made for a later send time, on behalf of {@code owner}; fired inside the transaction,
 * for a one-off scheduled task to be made with it.
 */
public record BatchScheduled(long batchId, Instant sendAt, String owner) {}
