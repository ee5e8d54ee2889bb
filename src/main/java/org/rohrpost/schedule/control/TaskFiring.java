package org.rohrpost.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rohrpost.schedule.entity.ScheduledTask;

/**
 * Fires a task's due time once, whoever else tries (a second timer, another server, the catch-up),
 * and catches up on due times missed while no server ran. A failure other than "already fired" is
 * recorded as a failed run, so it is visible and not retried forever.
 */
@ApplicationScoped
public class TaskFiring {
  private static final Logger LOG = Logger.getLogger(TaskFiring.class.getName());

  @Inject TaskRuns runs;

  @Inject
  @ConfigProperty(name = "rohrpost.schedule.timers.window.seconds", defaultValue = "60")
  long timersWindowSeconds;

  /**
   * How long a due time is its timer's to fire before the catch-up counts it as missed: longer than
   * a timer may be late on a busy server.
   */
  public Duration timersWindow() {
    return Duration.ofSeconds(timersWindowSeconds);
  }

  /** Fires the due time unless it has a run already. */
  public void fire(long taskId, Instant due, String detail) {
    once(taskId, due, () -> runs.fire(taskId, due, detail));
  }

  /**
   * Fires late or skips the latest due time missed since the last run, as the task's policy says.
   *
   * @return the latest due time handled: the missed one, else the last run's (null if none)
   */
  public Instant catchUp(ScheduledTask task, Instant lastRunDue, Instant now) {
    Instant since = lastRunDue == null ? task.effectiveFrom() : lastRunDue;
    Optional<Misfire> misfire = Misfire.of(task, since, now, timersWindow());
    if (misfire.isEmpty()) {
      return lastRunDue;
    }
    Misfire missed = misfire.get();
    String detail = missed.describe(task, now);
    LOG.info("Scheduled task " + task.id() + ", due " + missed.latest() + ": " + detail);
    if (missed.firesLate(task, now)) {
      fire(task.id(), missed.latest(), detail);
    } else {
      once(task.id(), missed.latest(), () -> runs.skip(task.id(), missed.latest(), detail));
    }
    return missed.latest();
  }

  private void once(long taskId, Instant due, Runnable attempt) {
    try {
      attempt.run();
    } catch (RuntimeException e) {
      if (runs.exists(taskId, due)) {
        LOG.fine(() -> "Scheduled task " + taskId + ", due " + due + ", has a run already");
        return;
      }
      LOG.log(Level.WARNING, "Scheduled task " + taskId + ", due " + due + ", failed", e);
      try {
        runs.fail(taskId, due, reason(e));
      } catch (RuntimeException again) {
        LOG.log(
            Level.WARNING, "Recording the failure of scheduled task " + taskId + " failed", again);
      }
    }
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
  }
}
