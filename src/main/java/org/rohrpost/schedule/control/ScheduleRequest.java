package org.rohrpost.schedule.control;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller asks for: the communication to run, once {@code at} (an ISO-8601 instant, or a
 * local date and time in {@code timeZone}) or on a {@code recurrence}, and what to do about due
 * times missed while no server ran.
 */
public record ScheduleRequest(
    String communication,
    String category,
    @Schema(
            format = "date-time",
            description = "with an offset, or a local date and time in timeZone")
        String at,
    RecurrenceRequest recurrence,
    String timeZone,
    MisfireRequest misfire) {

  /** {@code frequency} DAILY/WEEKLY/MONTHLY at {@code time} (HH:mm), or CALENDAR with a cron. */
  public record RecurrenceRequest(
      @Schema(ref = "Frequency") String frequency,
      String time,
      List<String> days,
      Integer dayOfMonth,
      String expression) {}

  /** {@code policy} FIRE_LATE (default) or SKIP; {@code grace} an ISO-8601 duration (PT1H). */
  public record MisfireRequest(
      @Schema(ref = "MisfirePolicy") String policy, @Schema(format = "duration") String grace) {}

  static ScheduleRequest orEmpty(ScheduleRequest request) {
    return request == null ? new ScheduleRequest(null, null, null, null, null, null) : request;
  }
}
