package org.rohrpost.client.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientTest {
  @Test
  void aMessageExpiresWhenItsRequestSaysElseAfterTheClientsLifetimeElseNever() {
    Instant made = Instant.parse("2026-11-30T10:00:00Z");
    Instant requested = made.plusSeconds(60);
    Client client = new Client("c", "C", QueueClass.NORMAL, null);

    assertThat(client.expiryOf(made, null)).isNull();
    assertThat(client.expiryOf(made, requested)).isEqualTo(requested);
    client.expireMessagesAfter(Duration.ofHours(6));
    assertThat(client.messageLifetime()).isEqualTo(Duration.ofHours(6));
    assertThat(client.expiryOf(made, null)).isEqualTo(made.plus(Duration.ofHours(6)));
    assertThat(client.expiryOf(made, requested)).isEqualTo(requested);
    assertThatThrownBy(() -> client.expireMessagesAfter(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyADedicatedClientIsPinnedToAServer() {
    assertThat(new Client("d", "D", QueueClass.DEDICATED, "server-a").server())
        .isEqualTo("server-a");
    assertThat(new Client("d", "D", QueueClass.DEDICATED, null).server()).isNull();
    assertThatThrownBy(() -> new Client("b", "B", QueueClass.BULK, "server-a"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
