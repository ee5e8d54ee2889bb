package org.rohrpost.schedule.boundary;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.rohrpost.schedule.entity.Frequency;
import org.rohrpost.schedule.entity.MisfirePolicy;
import org.rohrpost.schedule.entity.Recurrence;
import org.rohrpost.schedule.entity.ScheduledTask;
import org.rohrpost.schedule.entity.TaskRun;
import org.rohrpost.schedule.entity.TaskRunStatus;

/** A scheduled task as the API shows it: its definition, next due times and latest runs. */
public record ScheduleView(
    long id,
    String client,
    String communication,
    String category,
    String owner,
    boolean enabled,
    String timeZone,
    Instant at,
    RecurrenceView recurrence,
    MisfireView misfire,
    Long batch,
    List<Instant> nextDue,
    List<RunView> runs,
    Instant createdAt,
    Instant updatedAt) {

  public record RecurrenceView(
      Frequency frequency,
      LocalTime time,
      Set<DayOfWeek> days,
      Integer dayOfMonth,
      String expression) {}

  public record MisfireView(MisfirePolicy policy, Duration grace) {}

  public record RunView(
      Instant dueAt,
      TaskRunStatus status,
      Instant firedAt,
      String instance,
      Long batch,
      String detail) {
    static RunView of(TaskRun run) {
      return new RunView(
          run.dueAt(), run.status(), run.firedAt(), run.instance(), run.batchId(), run.detail());
    }
  }

  static ScheduleView of(ScheduledTask task, List<Instant> nextDue, List<TaskRun> runs) {
    Recurrence r = task.recurrence();
    return new ScheduleView(
        task.id(),
        task.client().key(),
        task.communication().key(),
        task.category(),
        task.owner(),
        task.enabled(),
        task.zone().getId(),
        task.at(),
        r == null
            ? null
            : new RecurrenceView(r.frequency(), r.time(), r.days(), r.dayOfMonth(), r.expression()),
        new MisfireView(task.misfirePolicy(), task.grace()),
        task.batch() == null ? null : task.batch().id(),
        nextDue,
        runs.stream().map(RunView::of).toList(),
        task.createdAt(),
        task.updatedAt());
  }
}
