package org.rohrpost.batch.control;

/** Batch {@code batchId} is ready to be cut into bundles; fired inside the transaction. */
public record SendConfigurationRequested(long batchId) {}
