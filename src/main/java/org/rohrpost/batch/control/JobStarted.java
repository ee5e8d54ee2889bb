package org.rohrpost.batch.control;

/** Jakarta Batch job {@code job} has started working on batch {@code batchId}. */
public record JobStarted(String job, long batchId, long executionId) {}
