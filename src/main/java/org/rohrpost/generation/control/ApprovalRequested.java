package org.rohrpost.generation.control;

/** Batch {@code batchId} is generated and waits for an approver; fired inside the transaction. */
public record ApprovalRequested(long batchId) {}
