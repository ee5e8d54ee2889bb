package org.rohrpost.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretBoxTest {
  private final SecretBox box = new SecretBox(SecretBox.newKey());

  @ParameterizedTest
  @ValueSource(strings = {"", "smtp-password", "Grüße ✓ 密码 \n\u0000 end"})
  void decryptsWhatItEncrypted(String plain) {
    String stored = box.encrypt(plain);
    assertThat(stored).startsWith("v1:");
    assertThat(box.decrypt(stored)).isEqualTo(plain);
  }

  @Test
  void encryptsTheSameTextDifferentlyEachTime() {
    String first = box.encrypt("smtp-password");
    assertThat(first).doesNotContain("smtp-password");
    assertThat(box.encrypt("smtp-password")).isNotEqualTo(first);
  }

  @Test
  void refusesATamperedSecret() {
    String stored = box.encrypt("secret");
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    raw[raw.length - 1] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
    assertThatThrownBy(() -> box.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refusesASecretStoredUnderAnotherKey() {
    String stored = new SecretBox(SecretBox.newKey()).encrypt("secret");
    assertThatThrownBy(() -> box.decrypt(stored))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ROHRPOST_SECRET_KEY");
  }

  @Test
  void refusesTextThatIsNoStoredSecret() {
    assertThatThrownBy(() -> box.decrypt("plain-password"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 16, 31, 33, 64})
  void needsA32ByteKey(int length) {
    assertThatThrownBy(() -> new SecretBox(new byte[length]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void newKeysAreRandom32ByteKeys() {
    byte[] key = SecretBox.newKey();
    assertThat(key).hasSize(32).isNotEqualTo(SecretBox.newKey());
  }
}
