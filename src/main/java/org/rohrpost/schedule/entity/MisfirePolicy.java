package org.rohrpost.schedule.entity;

/** What happens to a due time that passed while no server was running. */
public enum MisfirePolicy {
  /** Fire once, late, if the latest missed due time is within the grace period; else skip. */
  FIRE_LATE,
  /** Record the missed due time as skipped. */
  SKIP
}
