package org.rohrpost.batch.control;

/** Jakarta Batch job {@code job} on batch {@code batchId} has ended; a failure says why. */
public record JobEnded(
    String job, long batchId, long executionId, Outcome outcome, String failure) {
  /** How a job ended. */
  public enum Outcome {
    COMPLETED,
    STOPPED,
    FAILED
  }
}
