package org.rohrpost.problem.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

  private static InvalidInputException thrownBy(FieldErrors errors) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, errors::throwIfAny);
    assertThat(e).isNotNull();
    return e;
  }
}
