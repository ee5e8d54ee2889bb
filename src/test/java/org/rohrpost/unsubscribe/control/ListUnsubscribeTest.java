package org.rohrpost.unsubscribe.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListUnsubscribeTest {

  @Test
  void linksToTheServerAndMailsTheSenderWithTheToken() {
    ListUnsubscribe links =
        ListUnsubscribe.of("https://post.example", "news@acme.example", "T0k-n_");
    assertThat(links.url()).isEqualTo("https://post.example/api/v1/unsubscribe/T0k-n_");
    assertThat(links.mailto()).isEqualTo("mailto:news@acme.example?subject=unsubscribe%20T0k-n_");
    assertThat(links.header())
        .isEqualTo(
            "<https://post.example/api/v1/unsubscribe/T0k-n_>,"
                + " <mailto:news@acme.example?subject=unsubscribe%20T0k-n_>");
  }

  @Test
  void percentEncodesWhatAMailtoAddressMayNotHold() {
    ListUnsubscribe links = ListUnsubscribe.of("http://x", "bounce+a?b%c#d@acme.example", "t");
    assertThat(links.mailto())
        .isEqualTo("mailto:bounce%2Ba%3Fb%25c%23d@acme.example?subject=unsubscribe%20t");
  }

  @Test
  void mailsTheAddressOfASenderWithADisplayNameInItsAsciiForm() {
    ListUnsubscribe links = ListUnsubscribe.of("http://x", "Bücher <news@bücher.example>", "t");
    assertThat(links.mailto())
        .isEqualTo("mailto:news@xn--bcher-kva.example?subject=unsubscribe%20t");
  }
}
