package org.rohrpost.schedule.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rohrpost.schedule.control.ScheduleRequest.MisfireRequest;
import org.rohrpost.schedule.control.ScheduleRequest.RecurrenceRequest;
import org.rohrpost.schedule.entity.Frequency;
import org.rohrpost.schedule.entity.MisfirePolicy;
import org.rohrpost.schedule.entity.ScheduledTask.Timing;
import org.rohrpost.validation.control.FieldError;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.InvalidInputException;

class TimingRulesTest {
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

  private static Timing check(ScheduleRequest request) {
    FieldErrors errors = new FieldErrors();
    Timing timing = TimingRules.check(request, NOW, errors);
    errors.throwIfAny();
    return timing;
  }

  private static ScheduleRequest once(String at, String zone) {
    return new ScheduleRequest("news", null, at, null, zone, null);
  }

  private static ScheduleRequest recurring(RecurrenceRequest recurrence) {
    return new ScheduleRequest("news", null, null, recurrence, "Europe/Berlin", null);
  }

  private static List<FieldError> errorsOf(ScheduleRequest request) {
    try {
      check(request);
    } catch (InvalidInputException e) {
      return e.errors();
    }
    throw new AssertionError("accepted: " + request);
  }

  @Test
  void aLocalOneOffTimeIsInTheZone() {
    Timing timing = check(once("2026-12-01T09:00", "Europe/Berlin"));
    assertThat(timing.at()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
    assertThat(timing.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    assertThat(timing.misfirePolicy()).isEqualTo(MisfirePolicy.FIRE_LATE);
    assertThat(timing.grace()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aOneOffInstantKeepsItsOffset() {
    assertThat(check(once("2026-12-01T09:00:00+05:00", "Europe/Berlin")).at())
        .isEqualTo(Instant.parse("2026-12-01T04:00:00Z"));
  }

  @Test
  void refusesTheThirtiethOfFebruary() {
    assertThat(errorsOf(once("2027-02-30T09:00", "Europe/Berlin")))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("at");
              assertThat(e.message()).contains("FEBRUARY 30");
            });
  }

  @Test
  void refusesAOneOffTimeInThePast() {
    assertThat(errorsOf(once("2026-11-25T09:59:00Z", "UTC")))
        .extracting(FieldError::message)
        .containsExactly("is in the past");
  }

  @Test
  void refusesAnUnknownZone() {
    assertThat(errorsOf(once("2026-12-01T09:00", "Mars/Olympus_Mons")))
        .extracting(FieldError::field)
        .containsExactly("timeZone");
  }

  @Test
  void needsExactlyOneOfAtAndRecurrence() {
    assertThat(errorsOf(new ScheduleRequest("news", null, null, null, "UTC", null)))
        .extracting(FieldError::field)
        .containsExactly("at");
    RecurrenceRequest daily = new RecurrenceRequest("DAILY", "09:00", null, null, null);
    assertThat(errorsOf(new ScheduleRequest("news", null, "2026-12-01T09:00", daily, "UTC", null)))
        .extracting(FieldError::field)
        .containsExactly("at");
  }

  @Test
  void refusesARecurrenceThatIsNeverDue() {
    assertThat(
            errorsOf(recurring(new RecurrenceRequest("CALENDAR", null, null, null, "0 9 30 2 *"))))
        .extracting(FieldError::field, FieldError::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "recurrence", "is never due (a date that does not exist, such as 30 February)"));
  }

  @Test
  void reportsEachBadRecurrenceField() {
    assertThat(
            errorsOf(
                recurring(new RecurrenceRequest("WEEKLY", "9 o'clock", List.of(), null, null))))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("recurrence.time", "recurrence.days");
    assertThat(errorsOf(recurring(new RecurrenceRequest("MONTHLY", "09:00", null, 32, null))))
        .extracting(FieldError::field)
        .containsExactly("recurrence.dayOfMonth");
    assertThat(errorsOf(recurring(new RecurrenceRequest("MONTHLY", null, null, 15, null))))
        .extracting(FieldError::field)
        .containsExactly("recurrence.time");
    assertThat(errorsOf(recurring(new RecurrenceRequest("HOURLY", null, null, null, null))))
        .extracting(FieldError::field)
        .containsExactly("recurrence.frequency");
    assertThat(
            errorsOf(recurring(new RecurrenceRequest("CALENDAR", null, null, null, "0 25 * * *"))))
        .extracting(FieldError::message)
        .containsExactly("hour: '25' is not a value from 0 to 23");
    assertThat(
            errorsOf(
                recurring(new RecurrenceRequest("WEEKLY", "09:00", List.of("FUNDAY"), null, null))))
        .extracting(FieldError::message)
        .containsExactly("'FUNDAY' is not a day such as MONDAY");
  }

  @Test
  void readsARecurrenceAndAMisfirePolicy() {
    ScheduleRequest request =
        new ScheduleRequest(
            "news",
            null,
            null,
            new RecurrenceRequest("WEEKLY", "07:30", List.of("monday", "FRIDAY"), null, null),
            "Europe/Berlin",
            new MisfireRequest("SKIP", "PT15M"));
    Timing timing = check(request);
    assertThat(timing.recurrence().frequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(timing.recurrence().days()).hasSize(2);
    assertThat(timing.misfirePolicy()).isEqualTo(MisfirePolicy.SKIP);
    assertThat(timing.grace()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void refusesABadGrace() {
    ScheduleRequest request =
        new ScheduleRequest(
            "news", null, "2026-12-01T09:00", null, "UTC", new MisfireRequest("LATER", "P30D"));
    assertThatThrownBy(() -> check(request)).isInstanceOf(InvalidInputException.class);
    assertThat(errorsOf(request))
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("misfire.policy", "misfire.grace");
  }
}
