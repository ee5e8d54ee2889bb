package org.rohrpost.schedule.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which local dates and times of day a recurring schedule is due, and the one rule that turns them
 * into instants in a time zone:
 *
 * <ul>
 *   <li>a local time that does not exist on a day (skipped by a daylight-saving change, such as
 *       02:30 on spring-forward in Europe/Berlin) is due after the gap, moved forward by its length
 *       (03:30);
 *   <li>a local time that exists twice (fall-back) is due once, at its first occurrence.
 * </ul>
 *
 * Days follow cron: when both days of month and days of week are restricted, a day matching either
 * is due. A rule made "clamped" for a day of month beyond a month's end is due on that month's last
 * day instead (monthly on the 31st is due on 30 April and 28 or 29 February).
 */
public final class CalendarRule {
  /** How far ahead a due time is looked for: long enough for 29 February after a skipped 2100. */
  static final int SEARCH_DAYS = 9 * 366;

  private final BitSet minutes;
  private final BitSet hours;
  private final BitSet daysOfMonth;
  private final boolean lastDayOfMonth;
  private final BitSet months;
  private final BitSet daysOfWeek;
  private final boolean clampDayOfMonth;

  CalendarRule(
      BitSet minutes,
      BitSet hours,
      BitSet daysOfMonth,
      boolean lastDayOfMonth,
      BitSet months,
      BitSet daysOfWeek,
      boolean clampDayOfMonth) {
    this.minutes = minutes;
    this.hours = hours;
    this.daysOfMonth = daysOfMonth;
    this.lastDayOfMonth = lastDayOfMonth;
    this.months = months;
    this.daysOfWeek = daysOfWeek;
    this.clampDayOfMonth = clampDayOfMonth;
  }

  /** Every day at the time. */
  public static CalendarRule daily(LocalTime time) {
    return at(time, all(1, 31), false, all(1, 7), false);
  }

  /** On the given days of the week at the time. */
  public static CalendarRule weekly(LocalTime time, Set<DayOfWeek> days) {
    BitSet week = new BitSet();
    days.forEach(d -> week.set(d.getValue()));
    return at(time, all(1, 31), false, week, false);
  }

  /** On the day of each month (its last day in months too short for it) at the time. */
  public static CalendarRule monthly(LocalTime time, int dayOfMonth) {
    BitSet day = new BitSet();
    day.set(dayOfMonth);
    return at(time, day, false, all(1, 7), true);
  }

  private static CalendarRule at(
      LocalTime time, BitSet days, boolean last, BitSet week, boolean clamp) {
    BitSet minute = new BitSet();
    minute.set(time.getMinute());
    BitSet hour = new BitSet();
    hour.set(time.getHour());
    return new CalendarRule(minute, hour, days, last, all(1, 12), week, clamp);
  }

  static BitSet all(int from, int to) {
    BitSet set = new BitSet();
    set.set(from, to + 1);
    return set;
  }

  /** The first due instant strictly after {@code after}, or empty if none within nine years. */
  public Optional<Instant> next(Instant after, ZoneId zone) {
    LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
    for (int i = 0; i <= SEARCH_DAYS; i++, day = day.plusDays(1)) {
      if (isDueOn(day)) {
        Optional<Instant> due = firstAfter(day, after, zone);
        if (due.isPresent()) {
          return due;
        }
      }
    }
    return Optional.empty();
  }

  /** The earliest of the day's due instants after {@code after}: gap shifts can reorder them. */
  private Optional<Instant> firstAfter(LocalDate day, Instant after, ZoneId zone) {
    Instant first = null;
    for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
      for (int m = minutes.nextSetBit(0); m >= 0; m = minutes.nextSetBit(m + 1)) {
        Instant due = ZonedDateTime.of(LocalDateTime.of(day, LocalTime.of(h, m)), zone).toInstant();
        if (due.isAfter(after) && (first == null || due.isBefore(first))) {
          first = due;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  boolean isDueOn(LocalDate day) {
    if (!months.get(day.getMonthValue())) {
      return false;
    }
    boolean anyDayOfMonth = daysOfMonth.cardinality() == 31 && !lastDayOfMonth;
    boolean anyDayOfWeek = daysOfWeek.cardinality() == 7;
    boolean onDayOfMonth = matchesDayOfMonth(day);
    boolean onDayOfWeek = daysOfWeek.get(day.getDayOfWeek().getValue());
    if (!anyDayOfMonth && !anyDayOfWeek) {
      return onDayOfMonth || onDayOfWeek;
    }
    return onDayOfMonth && onDayOfWeek;
  }

  private boolean matchesDayOfMonth(LocalDate day) {
    int length = day.lengthOfMonth();
    boolean isLast = day.getDayOfMonth() == length;
    if (daysOfMonth.get(day.getDayOfMonth()) || (lastDayOfMonth && isLast)) {
      return true;
    }
    return clampDayOfMonth && isLast && daysOfMonth.nextSetBit(length + 1) > length;
  }
}
