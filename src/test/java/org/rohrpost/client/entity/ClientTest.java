package org.rohrpost.client.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClientTest {
  @Test
  void onlyADedicatedClientIsPinnedToAServer() {
    assertThat(new Client("d", "D", QueueClass.DEDICATED, "server-a").server())
        .isEqualTo("server-a");
    assertThat(new Client("d", "D", QueueClass.DEDICATED, null).server()).isNull();
    assertThatThrownBy(() -> new Client("b", "B", QueueClass.BULK, "server-a"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
