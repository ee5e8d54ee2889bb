package org.rohrpost.validation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A message system's sender: an address, perhaps with a display name (ADR 24). */
class MailboxTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "-",
      value = {
        "news@acme.example, -, news@acme.example, news@acme.example",
        "ACME News <news@acme.example>, ACME News, news@acme.example, news@acme.example",
        "'\"ACME, Inc.\" <news@acme.example>', 'ACME, Inc.', news@acme.example, news@acme.example",
        "<news@acme.example>, -, news@acme.example, news@acme.example",
        "Müller & Söhne <news@Bücher.example>, Müller & Söhne, news@bücher.example,"
            + " news@xn--bcher-kva.example",
        "=?UTF-8?Q?M=C3=BCller?= <a@b.example>, Müller, a@b.example, a@b.example",
        "Zoë <zoë@example.org>, Zoë, zoë@example.org, zoë@example.org"
      })
  void readsTheNameAndTheAddress(String value, String name, String address, String wire) {
    Mailbox sender = Mailbox.parse(value);
    assertThat(sender.name()).isEqualTo(name);
    assertThat(sender.address()).isEqualTo(address);
    assertThat(sender.wireAddress()).isEqualTo(wire);
    assertThat(Mailbox.problem(value)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ACME",
        "ACME <news@acme.example> more",
        "ACME\r\n <news@acme.example>",
        "ACME\u0000 <news@acme.example>",
        "AC\uD800ME <news@acme.example>",
        "A <b <c@d.example>>",
        "ACME <>",
        "ACME <news@acme>",
        "ACME <\u0085news@acme.example>",
        "news@acme.example (ACME)",
        "a@b.example, c@d.example",
        "ACME <a@b.example>, c@d.example"
      })
  void refusesWhatIsNoSender(String value) {
    assertThat(Mailbox.problem(value)).as(value).isNotNull();
  }
}
