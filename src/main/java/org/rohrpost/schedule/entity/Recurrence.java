package org.rohrpost.schedule.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a recurring task repeats, as it was asked for: daily, weekly on some days or monthly on a day
 * at a local time, or a calendar expression. Checked before it is made ({@link #rule()} does not
 * fail on a stored one).
 */
@Embeddable
public class Recurrence {
  @Enumerated(EnumType.STRING)
  @Column(name = "frequency")
  private Frequency frequency;

  @Column(name = "time_of_day")
  private String timeOfDay;

  @Column(name = "days_of_week")
  private String daysOfWeek;

  @Column(name = "day_of_month")
  private Integer dayOfMonth;

  @Column(name = "expression")
  private String expression;

  /** The rule read from the fields above, once: due times are computed in loops. */
  @Transient private CalendarRule rule;

  protected Recurrence() {}

  private Recurrence(
      Frequency frequency, LocalTime time, Set<DayOfWeek> days, Integer day, String expression) {
    this.frequency = frequency;
    this.timeOfDay = time == null ? null : time.toString();
    this.daysOfWeek =
        days == null
            ? null
            : days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    this.dayOfMonth = day;
    this.expression = expression;
  }

  public static Recurrence daily(LocalTime time) {
    return new Recurrence(Frequency.DAILY, time, null, null, null);
  }

  public static Recurrence weekly(LocalTime time, Set<DayOfWeek> days) {
    return new Recurrence(Frequency.WEEKLY, time, days, null, null);
  }

  public static Recurrence monthly(LocalTime time, int dayOfMonth) {
    return new Recurrence(Frequency.MONTHLY, time, null, dayOfMonth, null);
  }

  /** A calendar expression, already checked by {@link CronExpression#parse}. */
  public static Recurrence calendar(String expression) {
    return new Recurrence(Frequency.CALENDAR, null, null, null, expression.trim());
  }

  public CalendarRule rule() {
    if (rule == null) {
      rule = readRule();
    }
    return rule;
  }

  private CalendarRule readRule() {
    return switch (frequency) {
      case DAILY -> CalendarRule.daily(time());
      case WEEKLY -> CalendarRule.weekly(time(), days());
      case MONTHLY -> CalendarRule.monthly(time(), dayOfMonth);
      case CALENDAR -> CronExpression.parse(expression);
    };
  }

  public Frequency frequency() {
    return frequency;
  }

  public LocalTime time() {
    return timeOfDay == null ? null : LocalTime.parse(timeOfDay);
  }

  public Set<DayOfWeek> days() {
    if (daysOfWeek == null) {
      return null;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    Arrays.stream(daysOfWeek.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
    return days;
  }

  public Integer dayOfMonth() {
    return dayOfMonth;
  }

  public String expression() {
    return expression;
  }
}
