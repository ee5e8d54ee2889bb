package org.rohrpost.schedule.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalendarRuleTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId UTC = ZoneId.of("UTC");

  private static List<String> next(CalendarRule rule, String after, ZoneId zone, int count) {
    List<String> due = new ArrayList<>();
    Instant at = Instant.parse(after);
    for (int i = 0; i < count; i++) {
      at = rule.next(at, zone).orElseThrow();
      due.add(at.atZone(zone).toOffsetDateTime().toString());
    }
    return due;
  }

  @Test
  void dailyNineInBerlinStaysAtNineLocalAcrossSpringForward() {
    assertThat(next(CalendarRule.daily(LocalTime.of(9, 0)), "2027-03-26T12:00:00Z", BERLIN, 4))
        .containsExactly(
            "2027-03-27T09:00+01:00",
            "2027-03-28T09:00+02:00",
            "2027-03-29T09:00+02:00",
            "2027-03-30T09:00+02:00");
  }

  @Test
  void dailyNineInBerlinStaysAtNineLocalAcrossFallBack() {
    assertThat(next(CalendarRule.daily(LocalTime.of(9, 0)), "2027-10-30T12:00:00Z", BERLIN, 2))
        .containsExactly("2027-10-31T09:00+01:00", "2027-11-01T09:00+01:00");
  }

  @Test
  void aTimeSkippedBySpringForwardRunsAfterTheGapMovedByItsLength() {
    assertThat(next(CalendarRule.daily(LocalTime.of(2, 30)), "2027-03-27T12:00:00Z", BERLIN, 2))
        .containsExactly("2027-03-28T03:30+02:00", "2027-03-29T02:30+02:00");
  }

  @Test
  void aTimeThatHappensTwiceAtFallBackRunsOnceAtTheFirst() {
    assertThat(next(CalendarRule.daily(LocalTime.of(2, 30)), "2027-10-30T12:00:00Z", BERLIN, 2))
        .containsExactly("2027-10-31T02:30+02:00", "2027-11-01T02:30+01:00");
  }

  @Test
  void everyThirtyMinutesThroughSpringForwardKeepsTimeOrderAndRepeatsNothing() {
    CalendarRule rule = CronExpression.parse("*/30 * * * *");
    assertThat(next(rule, "2027-03-28T00:00:00Z", BERLIN, 4))
        .containsExactly(
            "2027-03-28T01:30+01:00",
            "2027-03-28T03:00+02:00",
            "2027-03-28T03:30+02:00",
            "2027-03-28T04:00+02:00");
  }

  @Test
  void monthlyOnThe31stRunsOnTheLastDayOfShorterMonths() {
    assertThat(next(CalendarRule.monthly(LocalTime.of(8, 0), 31), "2027-01-01T00:00:00Z", UTC, 5))
        .containsExactly(
            "2027-01-31T08:00Z",
            "2027-02-28T08:00Z",
            "2027-03-31T08:00Z",
            "2027-04-30T08:00Z",
            "2027-05-31T08:00Z");
  }

  @Test
  void monthlyOnThe29thFindsTheLeapDay() {
    assertThat(next(CalendarRule.monthly(LocalTime.of(8, 0), 29), "2028-01-30T00:00:00Z", UTC, 2))
        .containsExactly("2028-02-29T08:00Z", "2028-03-29T08:00Z");
  }

  @Test
  void theLeapDayByExpressionSkipsTheCenturyThatIsNoLeapYear() {
    CalendarRule rule = CronExpression.parse("0 12 29 2 *");
    assertThat(next(rule, "2096-03-01T00:00:00Z", UTC, 1)).containsExactly("2104-02-29T12:00Z");
  }

  @Test
  void thirtiethOfFebruaryIsNeverDue() {
    assertThat(CronExpression.parse("0 9 30 2 *").next(Instant.parse("2026-01-01T00:00:00Z"), UTC))
        .isEmpty();
  }

  @Test
  void weeklyRunsOnTheGivenDaysOnly() {
    CalendarRule rule =
        CalendarRule.weekly(LocalTime.of(7, 15), EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));
    // 2026-11-25 is a Wednesday
    assertThat(next(rule, "2026-11-25T00:00:00Z", UTC, 4))
        .containsExactly(
            "2026-11-26T07:15Z", "2026-11-30T07:15Z", "2026-12-03T07:15Z", "2026-12-07T07:15Z");
  }

  @Test
  void aDueTimeExactlyAtTheStartIsNotDueAgain() {
    CalendarRule rule = CalendarRule.daily(LocalTime.of(9, 0));
    assertThat(next(rule, "2026-12-01T09:00:00Z", UTC, 1)).containsExactly("2026-12-02T09:00Z");
  }

  @Test
  void cronWeekdaysAndNamesAndLastDay() {
    assertThat(next(CronExpression.parse("30 8 * * MON-FRI"), "2026-11-27T09:00:00Z", UTC, 2))
        .containsExactly("2026-11-30T08:30Z", "2026-12-01T08:30Z");
    assertThat(next(CronExpression.parse("0 18 L FEB,APR *"), "2027-01-01T00:00:00Z", UTC, 2))
        .containsExactly("2027-02-28T18:00Z", "2027-04-30T18:00Z");
    assertThat(next(CronExpression.parse("0 0 * * 0"), "2026-11-25T00:00:00Z", UTC, 1))
        .containsExactly("2026-11-29T00:00Z");
    assertThat(next(CronExpression.parse("0 0 * * 7"), "2026-11-25T00:00:00Z", UTC, 1))
        .containsExactly("2026-11-29T00:00Z");
  }

  @Test
  void cronWithBothDayFieldsRestrictedMatchesEither() {
    // the 1st of the month or any Friday
    assertThat(next(CronExpression.parse("0 6 1 * FRI"), "2026-11-25T00:00:00Z", UTC, 3))
        .containsExactly("2026-11-27T06:00Z", "2026-12-01T06:00Z", "2026-12-04T06:00Z");
  }

  @Test
  void cronStepsAndLists() {
    CalendarRule rule = CronExpression.parse("0,20-30/5 9 * * *");
    assertThat(next(rule, "2026-12-01T00:00:00Z", UTC, 4))
        .containsExactly(
            "2026-12-01T09:00Z", "2026-12-01T09:20Z", "2026-12-01T09:25Z", "2026-12-01T09:30Z");
  }

  @Test
  void zonedNextMatchesTheLocalCalendar() {
    Instant due =
        CalendarRule.daily(LocalTime.of(0, 5))
            .next(Instant.parse("2026-12-31T23:30:00Z"), ZoneId.of("Pacific/Kiritimati"))
            .orElseThrow();
    assertThat(ZonedDateTime.ofInstant(due, ZoneId.of("Pacific/Kiritimati")).toLocalTime())
        .isEqualTo(LocalTime.of(0, 5));
  }
}
