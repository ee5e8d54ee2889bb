package org.rohrpost.sending.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rohrpost.client.entity.QueueClass;

class BundleTest {
  @Test
  void aBundleHoldsOneToFiftyMessagesAndMayBePinned() {
    Bundle pinned = new Bundle(1, 2, QueueClass.DEDICATED, "server-a", 50, null);

    assertThat(pinned.status()).isEqualTo(BundleStatus.QUEUED);
    assertThat(pinned.server()).isEqualTo("server-a");
    assertThat(pinned.messageCount()).isEqualTo(50);
    assertThat(pinned.signalledAt()).isNotNull();
    assertThatThrownBy(() -> new Bundle(1, 2, QueueClass.BULK, null, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Bundle(1, 2, QueueClass.BULK, null, 51, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
