package org.rohrpost.schedule.entity;

/** How a recurring task repeats. */
public enum Frequency {
  DAILY,
  WEEKLY,
  MONTHLY,
  /** A five-field cron expression ({@link CronExpression}). */
  CALENDAR
}
