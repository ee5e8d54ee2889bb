package org.rohrpost.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void readsTheEnhancedStatusAfterTheReplyCode() {
    assertThat(Outcome.sent(250, "250 2.0.0 Ok: queued as 4F2A1").enhancedStatus())
        .isEqualTo("2.0.0");
    assertThat(Outcome.permanent(550, "550 5.1.1 <x@example.org>: user unknown").enhancedStatus())
        .isEqualTo("5.1.1");
    assertThat(Outcome.temporary(451, "4.7.1 Try again later", false).enhancedStatus())
        .isEqualTo("4.7.1");
  }

  @Test
  void aReplyWithoutOneHasNone() {
    assertThat(Outcome.sent(250, "250 OK").enhancedStatus()).isNull();
    assertThat(Outcome.temporary(-1, "cannot connect: ConnectException", true).enhancedStatus())
        .isNull();
    assertThat(Outcome.sent(250, null).enhancedStatus()).isNull();
    assertThat(Outcome.permanent(554, "554 see 5.7.1 below").enhancedStatus()).isNull();
  }
}
