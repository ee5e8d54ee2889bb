package org.rohrpost.batch.entity;

import static java.util.Map.entry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a batch is in its life cycle, and the only place that says which status may follow which
 * (see DESIGN.md, "Batch life cycle").
 */
public enum BatchStatus {
  SCHEDULED,
  GENERATION_QUEUED,
  GENERATING,
  GENERATING_ADHOC,
  PENDING_APPROVAL,
  SEND_CONFIGURE,
  WAITING,
  SENDING,
  SEND_FINALIZE,
  COMPLETED,
  PAUSED,
  NO_MESSAGES,
  ERROR,
  CANCELLED;

  private static final Map<BatchStatus, Set<BatchStatus>> NEXT =
      Map.ofEntries(
          entry(SCHEDULED, EnumSet.of(GENERATION_QUEUED, ERROR)),
          entry(GENERATION_QUEUED, EnumSet.of(GENERATING, ERROR)),
          entry(
              GENERATING, EnumSet.of(PENDING_APPROVAL, SEND_CONFIGURE, NO_MESSAGES, PAUSED, ERROR)),
          entry(GENERATING_ADHOC, EnumSet.of(SEND_CONFIGURE, NO_MESSAGES, ERROR)),
          entry(PENDING_APPROVAL, EnumSet.of(SEND_CONFIGURE, CANCELLED, ERROR)),
          entry(SEND_CONFIGURE, EnumSet.of(WAITING, SENDING, ERROR)),
          entry(WAITING, EnumSet.of(SENDING, SEND_FINALIZE, PAUSED, ERROR)),
          entry(SENDING, EnumSet.of(WAITING, SEND_FINALIZE, PAUSED, ERROR)),
          entry(SEND_FINALIZE, EnumSet.of(COMPLETED, ERROR)),
          entry(PAUSED, EnumSet.of(GENERATION_QUEUED, WAITING, SENDING, CANCELLED, ERROR)),
          entry(COMPLETED, EnumSet.noneOf(BatchStatus.class)),
          entry(NO_MESSAGES, EnumSet.noneOf(BatchStatus.class)),
          entry(ERROR, EnumSet.noneOf(BatchStatus.class)),
          entry(CANCELLED, EnumSet.noneOf(BatchStatus.class)));

  /** The statuses in which send workers may send a batch's messages ({@link #isSendable}). */
  public static final Set<BatchStatus> SENDABLE = EnumSet.of(SEND_CONFIGURE, WAITING, SENDING);

  /** The statuses a batch ends in (nothing follows them). */
  public static final Set<BatchStatus> ENDED =
      EnumSet.copyOf(java.util.Arrays.stream(values()).filter(s -> NEXT.get(s).isEmpty()).toList());

  /** The statuses a pause is possible from. */
  private static final Set<BatchStatus> PAUSABLE = EnumSet.of(GENERATING, WAITING, SENDING);

  private static final Set<BatchStatus> UNDER_WAY =
      EnumSet.of(
          GENERATION_QUEUED, GENERATING, GENERATING_ADHOC, SEND_CONFIGURE, SENDING, SEND_FINALIZE);

  public boolean canMoveTo(BatchStatus next) {
    return NEXT.get(this).contains(next);
  }

  public boolean isFinal() {
    return NEXT.get(this).isEmpty();
  }

  public boolean isPausable() {
    return PAUSABLE.contains(this);
  }

  /**
   * Moving on by itself within seconds or minutes: generating or sending. Not waiting for a time, a
   * person or a resume, and not ended.
   */
  public boolean isUnderWay() {
    return UNDER_WAY.contains(this);
  }

  public boolean isResumable() {
    return this == PAUSED;
  }

  /** Generated, and waits for an approver before anything is sent. */
  public boolean awaitsApproval() {
    return this == PENDING_APPROVAL;
  }

  /** Where a batch paused from this status goes on resume. */
  public BatchStatus resumesTo() {
    return this == GENERATING ? GENERATION_QUEUED : this;
  }

  /**
   * True while send workers may send this batch's messages: from its first bundle on (bundles go
   * out while send configuration cuts the rest) until it is paused or ends.
   */
  public boolean isSendable() {
    return SENDABLE.contains(this);
  }
}
