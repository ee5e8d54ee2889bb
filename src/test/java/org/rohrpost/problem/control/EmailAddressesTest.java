package org.rohrpost.problem.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

  @ParameterizedTest
  @ValueSource(strings = {"a@b.com", "first.last+tag@mail.example.org", "x_y-z@sub.domain.ch"})
  void acceptsPlainAddresses(String address) {
    assertThat(EmailAddresses.isValid(address)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "bad",
        "a@b",
        "@b.com",
        "a@b.",
        "a@.com",
        "a b@c.com",
        "Name <a@b.com>",
        "a@b.com, c@d.com",
        "a@b.com\r\nBcc: x@y.com",
        "a@b.com\nBcc: x@y.com",
        "a@b.com\u0000"
      })
  void refusesAnythingElse(String address) {
    assertThat(EmailAddresses.isValid(address)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 300})
  void refusesOverlongAddresses(int length) {
    String address = "a".repeat(length - "@example.com".length()) + "@example.com";
    assertThat(address).hasSize(length);
    assertThat(EmailAddresses.isValid(address)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThat(EmailAddresses.isValid(null)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "a@b.com, a@b.com",
    "John.Doe@Example.COM, John.Doe@example.com",
    "'  MiXed@DoMain.Org ', MiXed@domain.org"
  })
  void normalizeLowercasesOnlyTheDomain(String address, String normalized) {
    assertThat(EmailAddresses.normalize(address)).isEqualTo(normalized);
  }
}
