package org.rohrpost.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.client.entity.Client;
import org.rohrpost.communication.entity.Communication;

/**
 * A record that runs a communication at a time or on a recurring calendar in a time zone. The user
 * who asked for it is its owner, kept for audit; it fires as the server. A task made for one batch
 * of a communication ({@code POST …/batches} with a send time) queues that batch instead of making
 * a new one. Due times before {@link #effectiveFrom()} (its creation, last change or enabling) are
 * never due.
 */
@Entity
@Table(name = "scheduled_task")
public class ScheduledTask {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scheduled_task_seq")
  @SequenceGenerator(
      name = "scheduled_task_seq",
      sequenceName = "scheduled_task_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "communication_id")
  private Communication communication;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "batch_id")
  private Batch batch;

  @Column(nullable = false)
  private String category;

  @Column(nullable = false)
  private String owner;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "time_zone", nullable = false)
  private String timeZone;

  @Column(name = "run_at")
  private Instant at;

  @Embedded private Recurrence recurrence;

  @Enumerated(EnumType.STRING)
  @Column(name = "misfire_policy", nullable = false)
  private MisfirePolicy misfirePolicy;

  @Column(name = "grace_seconds", nullable = false)
  private long graceSeconds;

  @Column(name = "effective_from", nullable = false)
  private Instant effectiveFrom;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected ScheduledTask() {}

  /** When a task is due and what happens to a missed due time; checked whole. */
  public record Timing(
      ZoneId zone,
      Instant at,
      Recurrence recurrence,
      MisfirePolicy misfirePolicy,
      Duration grace) {}

  public ScheduledTask(
      Communication communication, String category, String owner, Timing timing, Instant now) {
    this.communication = communication;
    this.enabled = true;
    this.createdAt = now;
    redefine(communication, category, owner, timing, now);
  }

  /** A one-off task that queues the given scheduled batch at its send time. */
  public static ScheduledTask forBatch(Batch batch, String owner, Timing timing, Instant now) {
    ScheduledTask task = new ScheduledTask(batch.communication(), "batch", owner, timing, now);
    task.batch = batch;
    return task;
  }

  /** Takes a new definition from {@code owner}; due times from now on follow it. */
  public void redefine(
      Communication communication, String category, String owner, Timing timing, Instant now) {
    this.communication = communication;
    this.owner = owner;
    this.category = category;
    this.timeZone = timing.zone().getId();
    this.at = timing.at();
    this.recurrence = timing.recurrence();
    this.misfirePolicy = timing.misfirePolicy();
    this.graceSeconds = timing.grace().toSeconds();
    this.effectiveFrom = now;
    this.updatedAt = now;
  }

  /** Fires again from now on; due times while it was disabled are not caught up. */
  public void enable(Instant now) {
    if (!enabled) {
      enabled = true;
      effectiveFrom = now;
      updatedAt = now;
    }
  }

  public void disable(Instant now) {
    enabled = false;
    updatedAt = now;
  }

  /** The first due time strictly after {@code after} (and not before the task took effect). */
  public Optional<Instant> nextDue(Instant after) {
    Instant from = after.isBefore(effectiveFrom) ? effectiveFrom : after;
    if (recurrence == null) {
      return at.isAfter(from) ? Optional.of(at) : Optional.empty();
    }
    return recurrence.rule().next(from, zone());
  }

  /**
   * Up to {@code count} due times still to come: after now and after the last run (a run may be
   * ahead of the clock by a moment); none while disabled.
   */
  public List<Instant> upcoming(Instant now, Instant lastRun, int count) {
    if (!enabled) {
      return List.of();
    }
    return nextDue(lastRun != null && lastRun.isAfter(now) ? lastRun : now, count);
  }

  /** Up to {@code count} due times after {@code after}. */
  public List<Instant> nextDue(Instant after, int count) {
    List<Instant> due = new ArrayList<>();
    Optional<Instant> next = nextDue(after);
    while (next.isPresent() && due.size() < count) {
      due.add(next.get());
      next = nextDue(next.get());
    }
    return due;
  }

  public boolean isOneOff() {
    return recurrence == null;
  }

  public Long id() {
    return id;
  }

  public Client client() {
    return communication.client();
  }

  public Communication communication() {
    return communication;
  }

  /** The batch this one-off task queues, or null for a task that makes its own batches. */
  public Batch batch() {
    return batch;
  }

  public String category() {
    return category;
  }

  public String owner() {
    return owner;
  }

  public boolean enabled() {
    return enabled;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Instant at() {
    return at;
  }

  public Recurrence recurrence() {
    return recurrence;
  }

  public MisfirePolicy misfirePolicy() {
    return misfirePolicy;
  }

  public Duration grace() {
    return Duration.ofSeconds(graceSeconds);
  }

  public Instant effectiveFrom() {
    return effectiveFrom;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
