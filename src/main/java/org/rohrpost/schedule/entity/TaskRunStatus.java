package org.rohrpost.schedule.entity;

/** How one due time of a task ended. */
public enum TaskRunStatus {
  /** A batch was created (or, for a batch scheduled once, queued for generation). */
  FIRED,
  /** Not fired, by the misfire policy or because its batch was no longer scheduled. */
  SKIPPED,
  /** Firing failed; the detail says why. */
  FAILED
}
