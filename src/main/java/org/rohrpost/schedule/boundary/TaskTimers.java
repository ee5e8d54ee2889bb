package org.rohrpost.schedule.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.NoSuchObjectLocalException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.schedule.control.Schedules;
import org.rohrpost.schedule.control.TaskChanged;
import org.rohrpost.schedule.control.TaskFiring;
import org.rohrpost.schedule.control.TaskRuns;
import org.rohrpost.schedule.entity.ScheduledTask;

/**
 * The timers of scheduled tasks, armed only by the server as its own identity ({@value
 * #SERVER_ROLE}), never by the user who made a task. They are non-persistent single-action timers
 * at each task's next due time, armed again from the database at start-up, after every change, and
 * every {@value #SYNC_SECONDS} seconds (which also picks up other servers' changes and catches up
 * on due times missed while no server ran). Which server fires a due time does not matter: its run
 * row is unique. Any caller may tell it of a change ({@link PermitAll}: WildFly denies the
 * unannotated methods of a bean with security metadata such as {@link RunAs}).
 */
@Startup
@Singleton
@DependsOn("Migrations")
@DeclareRoles(TaskTimers.SERVER_ROLE)
@RunAs(TaskTimers.SERVER_ROLE)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaskTimers {
  public static final String SERVER_ROLE = "SYSTEM";
  static final int SYNC_SECONDS = 15;
  private static final Logger LOG = Logger.getLogger(TaskTimers.class.getName());

  @Resource TimerService timerService;
  @Inject Schedules schedules;
  @Inject TaskRuns runs;
  @Inject TaskFiring firing;

  private final Map<Long, Armed> armed = new HashMap<>();

  /** A task's timer, armed for a due time of one version of the task. */
  private record Armed(long version, Instant due, Timer timer) {}

  /** What a task's timer carries. */
  private record Due(long taskId, Instant due) implements Serializable {}

  @PostConstruct
  void start() {
    timerService.createIntervalTimer(
        2_000, SYNC_SECONDS * 1_000L, new TimerConfig("sync scheduled tasks", false));
  }

  @Timeout
  void timeout(Timer timer) {
    try {
      if (timer.getInfo() instanceof Due due) {
        armed.remove(due.taskId());
        firing.fire(due.taskId(), due.due(), null);
        rearm(due.taskId(), due.due());
      } else {
        sync();
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Scheduled tasks: " + timer.getInfo() + " failed; the next sync retries",
          e);
    }
  }

  /** After a task changed and the change committed: arms its timer anew. */
  public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskChanged change) {
    try {
      rearm(change.taskId(), null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Re-arming scheduled task " + change.taskId() + " failed", e);
    }
  }

  private void sync() {
    Map<Long, Instant> latest = runs.latestDue();
    Set<Long> enabled = new HashSet<>();
    for (ScheduledTask task : schedules.enabled()) {
      enabled.add(task.id());
      arm(task, latest.get(task.id()));
    }
    new HashSet<>(armed.keySet())
        .stream().filter(id -> !enabled.contains(id)).forEach(this::disarm);
  }

  /** Arms the task's timer for a due time after {@code fired} (if given) and after its runs. */
  private void rearm(long taskId, Instant fired) {
    Optional<ScheduledTask> task = schedules.enabled(taskId);
    if (task.isEmpty()) {
      disarm(taskId);
      return;
    }
    Instant lastRun = runs.latestDue(taskId);
    arm(task.get(), fired != null && (lastRun == null || fired.isAfter(lastRun)) ? fired : lastRun);
  }

  /**
   * Catches up on missed due times, then arms a timer for the first due time after the last run
   * that is not older than the timers' window (one a moment ago fires at once).
   */
  private void arm(ScheduledTask task, Instant lastRunDue) {
    Instant now = Instant.now();
    Instant handled = firing.catchUp(task, lastRunDue, now);
    Instant windowStart = now.minus(firing.timersWindow());
    Instant after = handled != null && handled.isAfter(windowStart) ? handled : windowStart;
    Optional<Instant> next = task.nextDue(after);
    Armed current = armed.get(task.id());
    if (current != null
        && current.version() == task.version()
        && next.isPresent()
        && current.due().equals(next.get())) {
      return;
    }
    disarm(task.id());
    next.ifPresent(
        due -> {
          Timer timer =
              timerService.createSingleActionTimer(
                  Date.from(due), new TimerConfig(new Due(task.id(), due), false));
          armed.put(task.id(), new Armed(task.version(), due, timer));
        });
  }

  private void disarm(long taskId) {
    Armed old = armed.remove(taskId);
    if (old == null) {
      return;
    }
    try {
      old.timer().cancel();
    } catch (NoSuchObjectLocalException expired) {
      // it fired or was cancelled meanwhile
    }
  }
}
