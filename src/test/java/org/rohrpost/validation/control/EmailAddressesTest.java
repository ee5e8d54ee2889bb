package org.rohrpost.validation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one address rule (ADR 24): what can be sent, what never can, and the form on the wire. */
class EmailAddressesTest {
  private static final String LOCAL_64 = "l".repeat(64);
  private static final String LABEL_63 = "d".repeat(63);

  /** 63 + 1 + 63 + 1 + 63 + 1 + 57 + 1 + 3 = 253 characters: the longest a domain can be. */
  private static final String DOMAIN_253 =
      LABEL_63 + "." + LABEL_63 + "." + LABEL_63 + "." + "d".repeat(57) + ".org";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@b.com",
        "first.last+tag@mail.example.org",
        "x_y-z@sub.domain.ch",
        "\"quoted local\"@example.com",
        "idn@bücher.example",
        "idn@xn--bcher-kva.example",
        "müller@bücher.example",
        "χρήστης@παράδειγμα.δοκιμή",
        "用户@例子.广告",
        // the code points of the issue: CJK letters, sendable under SMTPUTF8
        "a\u760D\u760Ab@example.com",
        "  padded@example.com  "
      })
  void acceptsWhatCanBeSent(String address) {
    assertThat(EmailAddresses.isValid(address)).as(address).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "bad",
        "a@b",
        "@b.com",
        "a@",
        "a@b.",
        "a@.com",
        "a..b@c.com",
        ".a@c.com",
        "a.@c.com",
        "a b@c.com",
        "Name <a@b.com>",
        "<a@b.com>",
        "a(comment)@c.com",
        "@relay.example:a@b.com",
        "a@b.com, c@d.com",
        "a@b.com\r\nBcc: x@y.com",
        "a@b.com\nBcc: x@y.com",
        "a@b.com\u0000",
        "a\u0001b@example.com",
        "a\tb@example.com",
        "a\u007Fb@example.com",
        "a\u0085b@example.com",
        "a\u2028b@example.com",
        "a\u2029b@example.com",
        "a\u200Bb@example.com",
        "a\u202Eb@example.com",
        "a\u00A0b@example.com",
        "\uFEFFa@example.com",
        "\uD800@example.com",
        "a\uDC0Ab@example.com",
        "a@ex\uD800ample.com",
        "a\uE000@example.com",
        "a\u0378@example.com",
        "a@[192.0.2.1]",
        "a@192.0.2.1",
        "a@-bad.example",
        "a@bad-.example",
        "a@under_score.example",
        "a@xn--zz.example",
        "a@faß.example",
        "a•b@example.com",
      })
  void refusesWhatCanNeverBeSent(String address) {
    assertThat(EmailAddresses.isValid(address)).as(escaped(address)).isFalse();
  }

  @Test
  void refusesNull() {
    assertThat(EmailAddresses.isValid(null)).isFalse();
  }

  @Test
  void limitsTheLocalPartTo64Octets() {
    assertThat(EmailAddresses.isValid(LOCAL_64 + "@example.com")).isTrue();
    assertThat(EmailAddresses.isValid(LOCAL_64 + "l@example.com")).isFalse();
    // 32 characters, but 64 octets in UTF-8; 33 of them are 66 octets
    assertThat(EmailAddresses.isValid("ü".repeat(32) + "@example.com")).isTrue();
    assertThat(EmailAddresses.isValid("ü".repeat(33) + "@example.com")).isFalse();
  }

  @Test
  void limitsALabelTo63Octets() {
    assertThat(EmailAddresses.isValid("a@" + LABEL_63 + ".example")).isTrue();
    assertThat(EmailAddresses.isValid("a@" + LABEL_63 + "d.example")).isFalse();
    // 60 characters, but its ASCII form (xn--…) is longer than 63
    assertThat(EmailAddresses.isValid("a@" + "ü".repeat(60) + ".example")).isFalse();
  }

  @Test
  void limitsTheDomainTo255AndTheAddressTo254Octets() {
    assertThat(DOMAIN_253).hasSize(253);
    assertThat(EmailAddresses.isValid("a@" + DOMAIN_253)).isFalse(); // 255 in all
    String domain251 = DOMAIN_253.substring(2);
    assertThat(EmailAddresses.isValid("a@" + domain251)).isTrue(); // 253 in all
    assertThat(EmailAddresses.isValid("ab@" + domain251)).isTrue(); // 254
    assertThat(EmailAddresses.isValid("abc@" + domain251)).isFalse(); // 255
  }

  @ParameterizedTest
  @CsvSource({
    "a@b.com, a@b.com",
    "John.Doe@Example.COM, John.Doe@example.com",
    "'  MiXed@DoMain.Org ', MiXed@domain.org",
    "idn@BÜCHER.example, idn@bücher.example",
    "idn@XN--BCHER-KVA.example, idn@bücher.example",
    "'mu\u0308ller@example.com', müller@example.com"
  })
  void normalizeKeepsTheLocalPartAndSpellsTheDomainOneWay(String address, String normalized) {
    assertThat(EmailAddresses.normalize(address)).isEqualTo(normalized);
  }

  @ParameterizedTest
  @CsvSource({
    "a@b.com, a@b.com, false",
    "idn@bücher.example, idn@xn--bcher-kva.example, false",
    "idn@xn--bcher-kva.example, idn@xn--bcher-kva.example, false",
    "müller@bücher.example, müller@xn--bcher-kva.example, true",
    "用户@例子.广告, 用户@xn--fsqu00a.xn--4rr70v, true"
  })
  void onTheWireTheDomainIsAsciiAndANonAsciiLocalPartNeedsSmtpUtf8(
      String address, String wire, boolean smtpUtf8) {
    assertThat(EmailAddresses.wireForm(address)).isEqualTo(wire);
    assertThat(EmailAddresses.needsSmtpUtf8(address)).isEqualTo(smtpUtf8);
  }

  @ParameterizedTest
  @CsvSource({
    "a@b, missing top level domain",
    "'\uD800@example.com', 'holds U+D800, which no address may hold (a control, invisible or"
        + " space character, a lone surrogate, or an unassigned or private-use code point)'",
    "Name <a@b.com>, 'must be the address alone, without a display name or comment'",
    "a@faß.example, 'has ß or ς in its domain, which the two standards for international"
        + " domain names send to different domains'",
    "a@xn--zz.example, 'has a domain label that is not valid punycode (xn--zz)'",
    "'llllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll@example.com',"
        + " local part too long"
  })
  void saysWhyAnAddressIsRefused(String address, String message) {
    assertThat(EmailAddresses.problem(address)).isEqualTo(message);
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : (char) c));
    return b.toString();
  }
}
