package org.rohrpost.wizard.boundary;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rohrpost.schedule.control.ScheduleRequest;
import org.rohrpost.schedule.entity.Frequency;

/**
 * The "when" step's fields: now, once at a local date and time in a zone, or recurring; turned into
 * the {@link ScheduleRequest} the API takes (null for now).
 */
public class Timing implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The three answers to "when". */
  public enum Mode {
    NOW,
    ONCE,
    RECURRING
  }

  private Mode mode = Mode.NOW;
  private String at;
  private String zone =
      ZoneId.getAvailableZoneIds().contains(ZoneId.systemDefault().getId())
          ? ZoneId.systemDefault().getId()
          : "UTC";
  private Frequency frequency = Frequency.DAILY;
  private String time = "09:00";
  private List<String> days = new ArrayList<>();
  private Integer dayOfMonth = 1;
  private String expression;

  /** The schedule asked for, or null for a batch now. */
  public ScheduleRequest request() {
    return switch (mode) {
      case NOW -> null;
      case ONCE -> new ScheduleRequest(null, null, at == null ? "" : at, null, zone, null);
      case RECURRING ->
          new ScheduleRequest(
              null,
              null,
              null,
              new ScheduleRequest.RecurrenceRequest(
                  frequency == null ? null : frequency.name(), time, days, dayOfMonth, expression),
              zone,
              null);
    };
  }

  /** The request with the communication to run filled in. */
  public ScheduleRequest request(String communication) {
    ScheduleRequest r = request();
    return r == null
        ? null
        : new ScheduleRequest(
            communication, r.category(), r.at(), r.recurrence(), r.timeZone(), r.misfire());
  }

  /** In words, for the review. */
  public String describe() {
    return switch (mode) {
      case NOW -> "now";
      case ONCE -> "once at " + at + " " + zone;
      case RECURRING -> recurrence() + " (" + zone + ")";
    };
  }

  private String recurrence() {
    return switch (frequency) {
      case DAILY -> "daily at " + time;
      case WEEKLY -> "weekly on " + String.join(", ", days) + " at " + time;
      case MONTHLY -> "monthly on day " + dayOfMonth + " at " + time;
      case CALENDAR -> "on the calendar " + expression;
    };
  }

  public List<Mode> getModes() {
    return Arrays.asList(Mode.values());
  }

  public List<Frequency> getFrequencies() {
    return Arrays.asList(Frequency.values());
  }

  public List<String> getWeekdays() {
    return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
  }

  public List<String> getZones() {
    return ZoneId.getAvailableZoneIds().stream().sorted().toList();
  }

  public Mode getMode() {
    return mode;
  }

  public void setMode(Mode mode) {
    this.mode = mode;
  }

  public String getAt() {
    return at;
  }

  public void setAt(String at) {
    this.at = at;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public Frequency getFrequency() {
    return frequency;
  }

  public void setFrequency(Frequency frequency) {
    this.frequency = frequency;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days == null ? new ArrayList<>() : new ArrayList<>(days);
  }

  public Integer getDayOfMonth() {
    return dayOfMonth;
  }

  public void setDayOfMonth(Integer dayOfMonth) {
    this.dayOfMonth = dayOfMonth;
  }

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }
}
