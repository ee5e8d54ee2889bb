package org.rohrpost.schedule.entity;

import jakarta.persistence.Column;
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
import java.time.Instant;

/**
 * One due time of a scheduled task and how it ended (the "process flow run"). The database keeps
 * one per task and due time, so a due time fires at most once however many timers reach it.
 */
@Entity
@Table(name = "task_run")
public class TaskRun {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "task_run_seq")
  @SequenceGenerator(name = "task_run_seq", sequenceName = "task_run_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "task_id")
  private ScheduledTask task;

  @Column(name = "due_at", nullable = false)
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TaskRunStatus status;

  @Column(name = "fired_at", nullable = false)
  private Instant firedAt;

  @Column(nullable = false)
  private String instance;

  @Column(name = "batch_id")
  private Long batchId;

  private String detail;

  protected TaskRun() {}

  private TaskRun(
      ScheduledTask task,
      Instant dueAt,
      TaskRunStatus status,
      Instant now,
      String instance,
      Long batchId,
      String detail) {
    this.task = task;
    this.dueAt = dueAt;
    this.status = status;
    this.firedAt = now;
    this.instance = instance;
    this.batchId = batchId;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
  }

  public static TaskRun fired(
      ScheduledTask task, Instant due, Instant now, String instance, long batchId, String detail) {
    return new TaskRun(task, due, TaskRunStatus.FIRED, now, instance, batchId, detail);
  }

  public static TaskRun skipped(
      ScheduledTask task, Instant due, Instant now, String instance, String reason) {
    return new TaskRun(task, due, TaskRunStatus.SKIPPED, now, instance, null, reason);
  }

  public static TaskRun failed(
      ScheduledTask task, Instant due, Instant now, String instance, String error) {
    return new TaskRun(task, due, TaskRunStatus.FAILED, now, instance, null, error);
  }

  public Long id() {
    return id;
  }

  public long taskId() {
    return task.id();
  }

  public Instant dueAt() {
    return dueAt;
  }

  public TaskRunStatus status() {
    return status;
  }

  public Instant firedAt() {
    return firedAt;
  }

  public String instance() {
    return instance;
  }

  public Long batchId() {
    return batchId;
  }

  public String detail() {
    return detail;
  }
}
