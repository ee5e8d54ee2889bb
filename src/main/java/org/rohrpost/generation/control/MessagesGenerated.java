package org.rohrpost.generation.control;

/** A generation chunk wrote {@code rows} ledger rows of a batch (skipped ones included). */
public record MessagesGenerated(long batchId, int rows) {}
