package org.rohrpost.schedule.control;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rohrpost.schedule.control.ScheduleRequest.MisfireRequest;
import org.rohrpost.schedule.control.ScheduleRequest.RecurrenceRequest;
import org.rohrpost.schedule.entity.CronExpression;
import org.rohrpost.schedule.entity.Frequency;
import org.rohrpost.schedule.entity.MisfirePolicy;
import org.rohrpost.schedule.entity.Recurrence;
import org.rohrpost.schedule.entity.ScheduledTask.Timing;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/**
 * Checks when a requested schedule is due, recording each problem under its field: a known time
 * zone, exactly one of a one-off time (not in the past, a real date) and a recurrence that is ever
 * due, and a misfire policy.
 */
final class TimingRules {
  static final Duration DEFAULT_GRACE = Duration.ofHours(1);
  static final Duration MAX_GRACE = Duration.ofDays(7);

  private TimingRules() {}

  /** The timing, or null when anything is wrong (then {@code errors} says what). */
  static Timing check(ScheduleRequest request, Instant now, FieldErrors errors) {
    ZoneId zone = zone(request.timeZone(), errors);
    boolean once = request.at() != null && !request.at().isBlank();
    errors.check(
        once != (request.recurrence() != null),
        "at",
        "give either 'at' (once) or 'recurrence', not both or neither");
    Instant at = once && zone != null ? at(request.at(), zone, now, errors) : null;
    Recurrence recurrence =
        request.recurrence() != null ? recurrence(request.recurrence(), errors) : null;
    MisfireRequest misfire =
        request.misfire() == null ? new MisfireRequest(null, null) : request.misfire();
    MisfirePolicy policy =
        Keys.parse(
            errors,
            "misfire.policy",
            misfire.policy(),
            MisfirePolicy.class,
            MisfirePolicy.FIRE_LATE);
    Duration grace = grace(misfire.grace(), errors);
    if (!errors.isEmpty()) {
      return null;
    }
    if (recurrence != null && recurrence.rule().next(now, zone).isEmpty()) {
      errors.add("recurrence", "is never due (a date that does not exist, such as 30 February)");
      return null;
    }
    return new Timing(zone, at, recurrence, policy, grace);
  }

  private static ZoneId zone(String timeZone, FieldErrors errors) {
    if (!errors.required("timeZone", timeZone)) {
      return null;
    }
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      errors.add("timeZone", "is not a known time zone such as Europe/Berlin");
      return null;
    }
  }

  /** An instant with an offset, or a local date and time in the zone (gap: moved forward). */
  private static Instant at(String text, ZoneId zone, Instant now, FieldErrors errors) {
    Instant at;
    try {
      at = OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        at = ZonedDateTime.of(LocalDateTime.parse(text), zone).toInstant();
      } catch (DateTimeParseException e) {
        errors.add(
            "at",
            "is not a date and time such as 2026-12-01T09:00 or 2026-12-01T08:00:00Z ("
                + e.getMessage().replaceFirst("^Text '.*' could not be parsed: ", "")
                + ")");
        return null;
      }
    }
    if (errors.within("at", at)) {
      errors.check(at.isAfter(now), "at", "is in the past");
    }
    return at;
  }

  private static Recurrence recurrence(RecurrenceRequest r, FieldErrors errors) {
    Frequency frequency =
        Keys.parse(errors, "recurrence.frequency", r.frequency(), Frequency.class, null);
    if (frequency == null) {
      return null;
    }
    if (frequency == Frequency.CALENDAR) {
      if (!errors.required("recurrence.expression", r.expression())) {
        return null;
      }
      try {
        CronExpression.parse(r.expression());
        return Recurrence.calendar(r.expression());
      } catch (IllegalArgumentException e) {
        errors.add("recurrence.expression", e.getMessage());
        return null;
      }
    }
    LocalTime time = time(r.time(), errors);
    return switch (frequency) {
      case DAILY -> time == null ? null : Recurrence.daily(time);
      case WEEKLY -> {
        Set<DayOfWeek> days = days(r.days(), errors);
        yield time == null || days == null ? null : Recurrence.weekly(time, days);
      }
      default -> {
        Integer day = r.dayOfMonth();
        boolean dayExists = day != null && day >= 1 && day <= 31;
        errors.check(
            dayExists,
            "recurrence.dayOfMonth",
            "must be 1 to 31 (a month without that day runs on its last day)");
        yield time != null && dayExists ? Recurrence.monthly(time, day) : null;
      }
    };
  }

  private static LocalTime time(String text, FieldErrors errors) {
    if (!errors.required("recurrence.time", text)) {
      return null;
    }
    try {
      LocalTime time = LocalTime.parse(text);
      errors.check(
          time.getSecond() == 0 && time.getNano() == 0,
          "recurrence.time",
          "must be whole minutes (HH:mm)");
      return time.withSecond(0).withNano(0);
    } catch (DateTimeParseException e) {
      errors.add("recurrence.time", "must be a local time HH:mm such as 09:00");
      return null;
    }
  }

  private static Set<DayOfWeek> days(List<String> names, FieldErrors errors) {
    if (names == null || names.isEmpty()) {
      errors.add("recurrence.days", "are required for WEEKLY: e.g. [\"MONDAY\", \"THURSDAY\"]");
      return null;
    }
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String name : names) {
      try {
        days.add(DayOfWeek.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add("recurrence.days", "'" + name + "' is not a day such as MONDAY");
        return null;
      }
    }
    return days;
  }

  private static Duration grace(String text, FieldErrors errors) {
    if (text == null || text.isBlank()) {
      return DEFAULT_GRACE;
    }
    return errors.duration("misfire.grace", text, Duration.ZERO, MAX_GRACE);
  }
}
