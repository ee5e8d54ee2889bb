package org.rohrpost.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.schedule.entity.MisfirePolicy;
import org.rohrpost.schedule.entity.Recurrence;
import org.rohrpost.schedule.entity.ScheduledTask;
import org.rohrpost.schedule.entity.ScheduledTask.Timing;
import org.rohrpost.template.entity.Template;

class MisfireTest {
  private static final Duration WINDOW = Duration.ofSeconds(60);

  private static final Instant CREATED = Instant.parse("2026-11-20T00:00:00Z");
  private static final Instant LAST_RUN = Instant.parse("2026-11-22T09:00:00Z");

  private static ScheduledTask dailyAtNine(MisfirePolicy policy) {
    Timing timing =
        new Timing(
            ZoneOffset.UTC,
            null,
            Recurrence.daily(LocalTime.of(9, 0)),
            policy,
            Duration.ofHours(1));
    return new ScheduledTask(communication(), "news", "sam", timing, CREATED);
  }

  @Test
  void theLatestMissedDueTimeWithinGraceFiresLateForAllMissed() {
    ScheduledTask task = dailyAtNine(MisfirePolicy.FIRE_LATE);
    Instant now = Instant.parse("2026-11-24T09:30:00Z");

    Misfire missed = Misfire.of(task, LAST_RUN, now, WINDOW).orElseThrow();

    assertThat(missed).isEqualTo(new Misfire(Instant.parse("2026-11-24T09:00:00Z"), 2));
    assertThat(missed.firesLate(task, now)).isTrue();
    assertThat(missed.describe(task, now))
        .isEqualTo(
            "2 due times up to this one were missed while no server ran;"
                + " fired late (within the grace of PT1H)");
  }

  @Test
  void beyondTheGraceItIsSkipped() {
    ScheduledTask task = dailyAtNine(MisfirePolicy.FIRE_LATE);
    Instant now = Instant.parse("2026-11-24T10:00:01Z");

    Misfire missed = Misfire.of(task, LAST_RUN, now, WINDOW).orElseThrow();

    assertThat(missed.firesLate(task, now)).isFalse();
    assertThat(missed.describe(task, now)).endsWith("skipped (more than the grace of PT1H late)");
  }

  @Test
  void policySkipSkipsEvenOnTime() {
    ScheduledTask task = dailyAtNine(MisfirePolicy.SKIP);
    Instant now = Instant.parse("2026-11-23T09:05:00Z");

    Misfire missed = Misfire.of(task, LAST_RUN, now, WINDOW).orElseThrow();

    assertThat(missed.count()).isEqualTo(1);
    assertThat(missed.firesLate(task, now)).isFalse();
    assertThat(missed.describe(task, now))
        .isEqualTo("Missed while no server ran; skipped (misfire policy SKIP)");
  }

  @Test
  void aDueTimeInsideTheTimersWindowIsNotMissed() {
    ScheduledTask task = dailyAtNine(MisfirePolicy.SKIP);
    assertThat(Misfire.of(task, LAST_RUN, Instant.parse("2026-11-23T09:00:59Z"), WINDOW)).isEmpty();
    assertThat(Misfire.of(task, LAST_RUN, Instant.parse("2026-11-23T09:01:01Z"), WINDOW))
        .isPresent();
  }

  @Test
  void dueTimesBeforeTheTaskTookEffectAreNeverMissed() {
    ScheduledTask task = dailyAtNine(MisfirePolicy.FIRE_LATE);
    Misfire missed =
        Misfire.of(task, Instant.EPOCH, Instant.parse("2026-11-21T12:00:00Z"), WINDOW)
            .orElseThrow();
    assertThat(missed.count()).isEqualTo(2);
    assertThat(task.nextDue(Instant.EPOCH, 2))
        .isEqualTo(
            List.of(Instant.parse("2026-11-20T09:00:00Z"), Instant.parse("2026-11-21T09:00:00Z")));
  }

  @Test
  void aOneOffTaskIsMissedOnceAndThenNeverDue() {
    Instant at = Instant.parse("2026-11-20T08:00:00Z");
    ScheduledTask task =
        new ScheduledTask(
            communication(),
            "news",
            "sam",
            new Timing(ZoneOffset.UTC, at, null, MisfirePolicy.FIRE_LATE, Duration.ofHours(1)),
            CREATED);
    Instant now = Instant.parse("2026-11-20T08:30:00Z");

    assertThat(Misfire.of(task, CREATED, now, WINDOW)).contains(new Misfire(at, 1));
    assertThat(Misfire.of(task, at, now, WINDOW)).isEmpty();
  }

  private static Communication communication() {
    return new Communication(
        new Client("acme", "Acme", QueueClass.BULK, null),
        "news",
        new Communication.Parts(
            null, null, new Template("Hi", null, "Hello"), true, List.of(), null));
  }
}
