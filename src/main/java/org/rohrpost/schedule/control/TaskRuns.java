package org.rohrpost.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.generation.control.Generations;
import org.rohrpost.schedule.entity.ScheduledTask;
import org.rohrpost.schedule.entity.TaskRun;
import org.rohrpost.server.control.ServerSettings;

/**
 * Records the runs of scheduled tasks, each in its own transaction together with what it does, so
 * that the unique run row decides: a second attempt at the same due time fails on insert and
 * changes nothing.
 */
@ApplicationScoped
public class TaskRuns {
  @PersistenceContext EntityManager em;
  @Inject Generations generations;
  @Inject ServerSettings settings;

  /**
   * Fires a due time: makes a batch of the task's communication (or queues the task's own batch)
   * and records the run; null when the task is gone or disabled.
   *
   * @throws RuntimeException when the due time has a run already, among other failures
   */
  @Transactional(TxType.REQUIRES_NEW)
  public TaskRun fire(long taskId, Instant due, String detail) {
    ScheduledTask task = em.find(ScheduledTask.class, taskId);
    if (task == null || !task.enabled()) {
      return null;
    }
    Instant now = Instant.now();
    Batch own = task.batch();
    TaskRun run;
    if (own == null) {
      Batch batch = generations.start(task.communication());
      run = TaskRun.fired(task, due, now, settings.instance(), batch.id(), detail);
    } else if (own.status() == BatchStatus.SCHEDULED) {
      generations.queue(own);
      run = TaskRun.fired(task, due, now, settings.instance(), own.id(), detail);
    } else {
      String reason = "Batch " + own.id() + " is " + own.status() + ", no longer scheduled";
      run = TaskRun.skipped(task, due, now, settings.instance(), reason);
    }
    em.persist(run);
    em.flush();
    return run;
  }

  /** Records a missed due time as skipped; a batch scheduled for it fails with the reason. */
  @Transactional(TxType.REQUIRES_NEW)
  public void skip(long taskId, Instant due, String reason) {
    ScheduledTask task = em.find(ScheduledTask.class, taskId);
    if (task == null) {
      return;
    }
    Batch own = task.batch();
    if (own != null && own.status() == BatchStatus.SCHEDULED) {
      own.fail(reason);
    }
    em.persist(TaskRun.skipped(task, due, Instant.now(), settings.instance(), reason));
    em.flush();
  }

  /** Records that firing a due time failed, with the error. */
  @Transactional(TxType.REQUIRES_NEW)
  public void fail(long taskId, Instant due, String error) {
    ScheduledTask task = em.find(ScheduledTask.class, taskId);
    if (task != null) {
      em.persist(TaskRun.failed(task, due, Instant.now(), settings.instance(), error));
      em.flush();
    }
  }

  public boolean exists(long taskId, Instant due) {
    return !em.createQuery(
            "select r.id from TaskRun r where r.task.id = :task and r.dueAt = :due", Long.class)
        .setParameter("task", taskId)
        .setParameter("due", due)
        .getResultList()
        .isEmpty();
  }

  /** The latest due time that has a run, per task. */
  public Map<Long, Instant> latestDue() {
    // the latest runs themselves, not max(dueAt): an aggregate bypasses the Instant converter
    Map<Long, Instant> latest = new HashMap<>();
    em.createQuery(
            "select r from TaskRun r where r.dueAt ="
                + " (select max(o.dueAt) from TaskRun o where o.task = r.task)",
            TaskRun.class)
        .getResultList()
        .forEach(run -> latest.put(run.taskId(), run.dueAt()));
    return latest;
  }

  /** The latest due time of the task that has a run, or null. */
  public Instant latestDue(long taskId) {
    List<TaskRun> latest = recent(taskId, 1);
    return latest.isEmpty() ? null : latest.get(0).dueAt();
  }

  /** The task's latest runs, newest first. */
  public List<TaskRun> recent(long taskId, int limit) {
    return em.createQuery(
            "select r from TaskRun r where r.task.id = :task order by r.dueAt desc", TaskRun.class)
        .setParameter("task", taskId)
        .setMaxResults(limit)
        .getResultList();
  }
}
