package org.rohrpost.schedule.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.rohrpost.schedule.entity.MisfirePolicy;
import org.rohrpost.schedule.entity.ScheduledTask;

/**
 * Due times of a task that passed with no run because no server was up (or its timer was lost), and
 * what the task's misfire policy makes of them: the latest one fires late when the policy is {@code
 * FIRE_LATE} and it is within the grace period, else it is recorded as skipped. Earlier missed due
 * times are only counted: one late run stands for them all.
 *
 * @param latest the latest missed due time
 * @param count how many due times were missed, the latest included
 */
public record Misfire(Instant latest, int count) {
  /** A limit on counting, for a frequent task after a long downtime. */
  static final int MAX_COUNTED = 100_000;

  /**
   * The due times after {@code since} and older than the timers' window (due times younger than
   * that are the timers' to fire, not yet misfires), if any.
   */
  public static Optional<Misfire> of(
      ScheduledTask task, Instant since, Instant now, Duration timersWindow) {
    Instant horizon = now.minus(timersWindow);
    Instant latest = null;
    int count = 0;
    Optional<Instant> next = task.nextDue(since);
    while (next.isPresent() && next.get().isBefore(horizon) && count < MAX_COUNTED) {
      latest = next.get();
      count++;
      next = task.nextDue(latest);
    }
    return latest == null ? Optional.empty() : Optional.of(new Misfire(latest, count));
  }

  /** Whether the latest missed due time fires (late) now. */
  public boolean firesLate(ScheduledTask task, Instant now) {
    return task.misfirePolicy() == MisfirePolicy.FIRE_LATE
        && !latest.plus(task.grace()).isBefore(now);
  }

  /** Why it was fired late or skipped, for the run's detail. */
  public String describe(ScheduledTask task, Instant now) {
    String missed =
        count == 1
            ? "Missed while no server ran"
            : count + " due times up to this one were missed while no server ran";
    if (firesLate(task, now)) {
      return missed + "; fired late (within the grace of " + task.grace() + ")";
    }
    return missed
        + (task.misfirePolicy() == MisfirePolicy.SKIP
            ? "; skipped (misfire policy SKIP)"
            : "; skipped (more than the grace of " + task.grace() + " late)");
  }
}
