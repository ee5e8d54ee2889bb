package org.rohrpost.schedule.control;

import java.util.List;

/**
 * What a caller asks for: the communication to run, once {@code at} (an ISO-8601 instant, or a
 * local date and time in {@code timeZone}) or on a {@code recurrence}, and what to do about due
 * times missed while no server ran.
 */
public record ScheduleRequest(
    String communication,
    String category,
    String at,
    RecurrenceRequest recurrence,
    String timeZone,
    MisfireRequest misfire) {

  /** {@code frequency} DAILY/WEEKLY/MONTHLY at {@code time} (HH:mm), or CALENDAR with a cron. */
  public record RecurrenceRequest(
      String frequency, String time, List<String> days, Integer dayOfMonth, String expression) {}

  /** {@code policy} FIRE_LATE (default) or SKIP; {@code grace} an ISO-8601 duration (PT1H). */
  public record MisfireRequest(String policy, String grace) {}

  static ScheduleRequest orEmpty(ScheduleRequest request) {
    return request == null ? new ScheduleRequest(null, null, null, null, null, null) : request;
  }
}
