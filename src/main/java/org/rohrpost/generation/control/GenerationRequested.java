package org.rohrpost.generation.control;

/** Batch {@code batchId} is queued for generation; fired inside the transaction that queued it. */
public record GenerationRequested(long batchId) {}
