package org.rohrpost.validation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldErrorsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"a\rb", "a\nb", "a\u0085b", "a\u2028b", "a\u2029b", "a\u0000b", "a\u001bb"})
  void singleLineRefusesLineBreaksAndControls(String value) {
    FieldErrors errors = new FieldErrors();
    errors.singleLine("subject", value);
    assertThat(errors.isEmpty()).isFalse();
    assertThat(FieldErrors.isSingleLine(value)).isFalse();
    assertThat(thrownBy(errors).errors()).extracting(FieldError::field).containsExactly("subject");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Grüße aus Zürich – 50 % off", "tab\tis fine"})
  void singleLineAcceptsOrdinaryText(String value) {
    FieldErrors errors = new FieldErrors();
    errors.singleLine("subject", value);
    assertThat(errors.isEmpty()).isTrue();
    assertThat(FieldErrors.isSingleLine(value)).isTrue();
  }

  @Test
  void reportsAtMost100ErrorsPlusOneSummary() {
    FieldErrors errors = new FieldErrors();
    for (int i = 0; i < 150; i++) {
      errors.add("f" + i, "bad");
    }
    InvalidInputException e = thrownBy(errors);
    assertThat(e.errors()).hasSize(101);
    assertThat(e.errors().get(99)).isEqualTo(new FieldError("f99", "bad"));
    assertThat(e.errors().get(100).message()).isEqualTo("50 more errors are not listed");
  }

  @Test
  void exactly100ErrorsHaveNoSummary() {
    FieldErrors errors = new FieldErrors();
    for (int i = 0; i < 100; i++) {
      errors.add("f" + i, "bad");
    }
    assertThat(thrownBy(errors).errors()).hasSize(100).allMatch(e -> e.message().equals("bad"));
  }

  @Test
  void throwIfAnyThrowsEveryCollectedError() {
    FieldErrors errors = new FieldErrors();
    errors.required("name", " ");
    errors.maxLength("key", "abcd", 3);
    errors.check(false, "rate", "must be positive");
    errors.email("to", "not-an-address");
    assertThatThrownBy(errors::throwIfAny)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(
                        new FieldError("name", "is required"),
                        new FieldError("key", "is longer than 3 characters"),
                        new FieldError("rate", "must be positive"),
                        new FieldError("to", "is not a valid e-mail address: missing at symbol")));
  }

  @Test
  void throwIfAnyIsQuietWithoutErrors() {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.required("name", "x")).isTrue();
    errors.maxLength("key", "abc", 3);
    errors.check(true, "rate", "must be positive");
    assertThat(errors.email("to", "a@b.com")).isTrue();
    assertThat(errors.isEmpty()).isTrue();
    errors.throwIfAny();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-999999999-01-01T00:00:00Z",
        "1999-12-31T23:59:59Z",
        "+99999-01-01T00:00:00Z",
        "2100-01-01T00:00:00Z"
      })
  void instantsOutOfReachAreRefused(String text) {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.instant("sendAt", text)).isNull();
    assertThat(thrownBy(errors).errors())
        .containsExactly(
            new FieldError("sendAt", "must be from 2000-01-01T00:00:00Z to 10 years from now"));
  }

  @Test
  void reachIsFrom2000ToTenYearsAhead() {
    Instant now = Instant.parse("2026-06-01T12:00:00Z");
    assertThat(FieldErrors.isWithinReach(FieldErrors.EARLIEST, now)).isTrue();
    assertThat(FieldErrors.isWithinReach(Instant.parse("2036-06-01T12:00:00Z"), now)).isTrue();
    assertThat(FieldErrors.isWithinReach(Instant.parse("2036-06-01T12:00:01Z"), now)).isFalse();
    assertThat(FieldErrors.isWithinReach(FieldErrors.EARLIEST.minusNanos(1), now)).isFalse();
  }

  @Test
  void rangesOfNumbers() {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.range("a", (Integer) null, 1, 5)).isTrue();
    assertThat(errors.range("b", 5, 1, 5)).isTrue();
    assertThat(errors.range("c", 6, 1, 5)).isFalse();
    assertThat(errors.range("d", 1e308, 0.0001, 10_000)).isFalse();
    assertThat(errors.range("e", Double.NaN, 0.0001, 10_000)).isFalse();
    assertThat(errors.range("f", 0.5, 0.0001, 10_000)).isTrue();
    assertThat(thrownBy(errors).errors())
        .containsExactly(
            new FieldError("c", "must be 1 to 5"),
            new FieldError("d", "must be 0.0001 to 10000"),
            new FieldError("e", "must be 0.0001 to 10000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483647", "2147483648", "-1", "1.5", "abc", "1e308", "10001"})
  void pagesOutOfRangeAreRefused(String page) {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.page(page)).isZero();
    assertThat(thrownBy(errors).errors()).extracting(FieldError::field).containsExactly("page");
  }

  @Test
  void pagesFromTheFirstToTheLast() {
    FieldErrors errors = new FieldErrors();
    assertThat(errors.page((String) null)).isZero();
    assertThat(errors.page(" 7 ")).isEqualTo(7);
    assertThat(errors.page("10000")).isEqualTo(FieldErrors.MAX_PAGE);
    assertThat(errors.wholeNumber("limit", "", 50, 1, 1000)).isEqualTo(50);
    assertThat(errors.isEmpty()).isTrue();
  }

  @Test
  void listsOfEnumValuesNameEachBadEntry() {
    FieldErrors errors = new FieldErrors();
    Set<TimeUnit> units =
        Keys.all(errors, "units", Arrays.asList("SECONDS", null, "FORTNIGHTS"), TimeUnit.class);
    assertThat(units).containsExactly(TimeUnit.SECONDS);
    assertThat(thrownBy(errors).errors())
        .extracting(FieldError::field)
        .containsExactly("units[1]", "units[2]");
  }

  private static InvalidInputException thrownBy(FieldErrors errors) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);
    assertThat(e).isNotNull();
    return e;
  }
}
