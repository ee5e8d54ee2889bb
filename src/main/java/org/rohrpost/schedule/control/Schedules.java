package org.rohrpost.schedule.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.client.control.Clients;
import org.rohrpost.communication.control.CommunicationDeleting;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.generation.control.BatchScheduled;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.schedule.entity.MisfirePolicy;
import org.rohrpost.schedule.entity.ScheduledTask;
import org.rohrpost.schedule.entity.ScheduledTask.Timing;
import org.rohrpost.validation.control.FieldErrors;

/**
 * A client's scheduled tasks: made, changed, enabled, disabled and deleted on a user's behalf (who
 * is recorded as the owner). Every change is announced ({@link TaskChanged}) after it commits, for
 * the timers to be re-armed; the user never arms a timer.
 */
@ApplicationScoped
public class Schedules {
  public static final int MAX_CATEGORY = 64;

  @PersistenceContext EntityManager em;
  @Inject Clients clients;
  @Inject Communications communications;
  @Inject Event<TaskChanged> changed;

  @Transactional
  public ScheduledTask create(String clientKey, ScheduleRequest request, String owner) {
    clients.get(clientKey);
    Instant now = Instant.now();
    Definition d = checked(clientKey, request, now);
    ScheduledTask task = new ScheduledTask(d.communication(), d.category(), owner, d.timing(), now);
    em.persist(task);
    em.flush();
    changed.fire(new TaskChanged(task.id()));
    return task;
  }

  /** Replaces the definition whole; due times from now on follow it. */
  @Transactional
  public ScheduledTask update(String clientKey, long id, ScheduleRequest request, String owner) {
    ScheduledTask task = changeable(clientKey, id);
    Instant now = Instant.now();
    Definition d = checked(clientKey, request, now);
    task.redefine(d.communication(), d.category(), owner, d.timing(), now);
    changed.fire(new TaskChanged(task.id()));
    return task;
  }

  /**
   * The next {@code count} due times of the timing a request asks for, checked as {@link #create}
   * checks it (the communication aside); nothing is saved. For a form that shows them first.
   */
  public List<Instant> dueTimes(ScheduleRequest request, int count) {
    Instant now = Instant.now();
    FieldErrors errors = new FieldErrors();
    Timing timing = TimingRules.check(ScheduleRequest.orEmpty(request), now, errors);
    errors.throwIfAny();
    return new ScheduledTask(null, "preview", "nobody", timing, now).nextDue(now, count);
  }

  /** A request, checked whole. */
  private record Definition(Communication communication, String category, Timing timing) {}

  private Definition checked(String clientKey, ScheduleRequest request, Instant now) {
    ScheduleRequest r = ScheduleRequest.orEmpty(request);
    FieldErrors errors = new FieldErrors();
    Communication communication = communications.resolve(clientKey, r.communication(), errors);
    String category = category(r.category(), errors);
    Timing timing = TimingRules.check(r, now, errors);
    errors.throwIfAny();
    return new Definition(communication, category, timing);
  }

  @Transactional
  public ScheduledTask enable(String clientKey, long id, boolean enabled) {
    ScheduledTask task = changeable(clientKey, id);
    if (enabled) {
      task.enable(Instant.now());
    } else {
      task.disable(Instant.now());
    }
    changed.fire(new TaskChanged(task.id()));
    return task;
  }

  /** Deletes the task and its runs (the batches it made stay). */
  @Transactional
  public void delete(String clientKey, long id) {
    ScheduledTask task = changeable(clientKey, id);
    em.remove(task);
    changed.fire(new TaskChanged(id));
  }

  public ScheduledTask get(String clientKey, long id) {
    clients.get(clientKey); // an unknown client is its own 404
    ScheduledTask task = em.find(ScheduledTask.class, id);
    if (task == null || !task.client().key().equals(clientKey)) {
      throw new NotFoundException("Schedule", id);
    }
    return task;
  }

  public List<ScheduledTask> of(String clientKey) {
    return em.createQuery(
            "select t from ScheduledTask t where t.communication.client = :client order by t.id",
            ScheduledTask.class)
        .setParameter("client", clients.get(clientKey))
        .getResultList();
  }

  /** Every enabled task of every client, for the timers. */
  public List<ScheduledTask> enabled() {
    return em.createQuery(
            "select t from ScheduledTask t where t.enabled = true", ScheduledTask.class)
        .getResultList();
  }

  /** The task if it exists and is enabled. */
  public Optional<ScheduledTask> enabled(long id) {
    return Optional.ofNullable(em.find(ScheduledTask.class, id)).filter(ScheduledTask::enabled);
  }

  /** A batch made for a later send time gets its one-off task, in the same transaction. */
  void oneOffFor(@Observes(during = TransactionPhase.IN_PROGRESS) BatchScheduled scheduled) {
    Batch batch = em.find(Batch.class, scheduled.batchId());
    Timing timing =
        new Timing(
            ZoneOffset.UTC,
            scheduled.sendAt(),
            null,
            MisfirePolicy.FIRE_LATE,
            TimingRules.DEFAULT_GRACE);
    ScheduledTask task = ScheduledTask.forBatch(batch, scheduled.owner(), timing, Instant.now());
    em.persist(task);
    em.flush();
    changed.fire(new TaskChanged(task.id()));
  }

  /** A communication that a schedule runs is kept while the schedule exists. */
  void keepScheduled(@Observes CommunicationDeleting deleting) {
    long tasks =
        em.createQuery(
                "select count(t) from ScheduledTask t where t.communication = :c", Long.class)
            .setParameter("c", deleting.communication())
            .getSingleResult();
    if (tasks > 0) {
      throw new ConflictException(
          "Communication '"
              + deleting.communication().key()
              + "' is run by "
              + tasks
              + " schedules; delete them first.");
    }
  }

  private ScheduledTask changeable(String clientKey, long id) {
    ScheduledTask task = get(clientKey, id);
    if (task.batch() != null) {
      throw new ConflictException(
          "Schedule "
              + id
              + " sends batch "
              + task.batch().id()
              + " once; cancel or pause the batch instead of changing its schedule.");
    }
    return task;
  }

  private static String category(String category, FieldErrors errors) {
    if (category == null || category.isBlank()) {
      return "mailing";
    }
    errors.maxLength("category", category, MAX_CATEGORY);
    errors.singleLine("category", category);
    return category.strip();
  }
}
