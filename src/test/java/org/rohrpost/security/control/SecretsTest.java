package org.rohrpost.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {
  private final byte[] secret = SecretBox.newKey();

  @Test
  void derivesA32ByteKeyPerPurposeThatIsNotTheSecret() {
    byte[] unsubscribe = Secrets.derive(secret, "rohrpost-unsubscribe");
    assertThat(unsubscribe).hasSize(32).isNotEqualTo(secret);
    assertThat(Secrets.derive(secret, "rohrpost-unsubscribe")).isEqualTo(unsubscribe);
    assertThat(Secrets.derive(secret, "another purpose")).isNotEqualTo(unsubscribe);
    assertThat(Secrets.derive(SecretBox.newKey(), "rohrpost-unsubscribe"))
        .isNotEqualTo(unsubscribe);
  }
}
