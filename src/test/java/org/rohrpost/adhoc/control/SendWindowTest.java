package org.rohrpost.adhoc.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rohrpost.validation.control.FieldError;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.InvalidInputException;

class SendWindowTest {
  private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
  private static final SendWindow REQUEST =
      new SendWindow(Instant.parse("2026-11-30T11:00:00Z"), Instant.parse("2026-12-01T10:00:00Z"));

  @Test
  void aRecipientWithoutTimesGetsTheRequestsAndOneWithTimesReplacesEachFieldItSets() {
    FieldErrors errors = new FieldErrors();

    assertThat(SendWindow.read("r.", null, null, REQUEST, NOW, errors)).isSameAs(REQUEST);
    assertThat(SendWindow.read("r.", "2026-11-30T12:00:00Z", null, REQUEST, NOW, errors))
        .isEqualTo(new SendWindow(Instant.parse("2026-11-30T12:00:00Z"), REQUEST.expiresAt()));
    assertThat(SendWindow.read("r.", null, "2026-11-30T20:00:00Z", REQUEST, NOW, errors))
        .isEqualTo(new SendWindow(REQUEST.notBefore(), Instant.parse("2026-11-30T20:00:00Z")));
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void anExpiryInThePastOrBeforeTheEarliestSendTimeIsRefusedOnTheFieldThatSetsIt() {
    FieldErrors errors = new FieldErrors();

    SendWindow.read("", null, "2026-11-30T09:00:00Z", SendWindow.ANY_TIME, NOW, errors);
    SendWindow.read(
        "recipients[3].", "2026-12-02T00:00:00Z", null, REQUEST, NOW, errors); // after expiry
    SendWindow.read("recipients[4].", "tomorrow", null, REQUEST, NOW, errors);

    assertThat(fields(errors))
        .containsExactly(
            "expiresAt: is in the past",
            "recipients[3].expiresAt: must be after notBefore",
            "recipients[4].notBefore: must be an ISO-8601 instant such as 2026-12-01T08:00:00Z");
  }

  private static java.util.List<String> fields(FieldErrors errors) {
    try {
      errors.throwIfAny();
      return java.util.List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map((FieldError f) -> f.field() + ": " + f.message()).toList();
    }
  }
}
