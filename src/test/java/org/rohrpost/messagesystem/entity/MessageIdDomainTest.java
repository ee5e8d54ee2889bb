package org.rohrpost.messagesystem.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Message-IDs are ASCII: the domain of the sender's address in its wire form. */
class MessageIdDomainTest {
  @ParameterizedTest
  @CsvSource({
    "news@acme.example, acme.example",
    "ACME News <news@acme.example>, acme.example",
    "Bücher <news@Bücher.example>, xn--bcher-kva.example"
  })
  void isTheSendersDomainInAscii(String from, String domain) {
    assertThat(MessageSystem.messageIdDomain(MessageSystemType.SMTP, from)).isEqualTo(domain);
  }
}
