package org.rohrpost.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rohrpost.server.control.ServerSettings;

/**
 * The server's {@link SecretBox}: keyed by {@code ROHRPOST_SECRET_KEY} (base64, 32 bytes; the same
 * on every server of a cluster) or else by a key file made once in the data directory. Other uses
 * of the secret get keys {@link #derive derived} from it.
 */
@ApplicationScoped
public class Secrets {
  @Inject ServerSettings settings;

  private byte[] key;
  private SecretBox box;

  @PostConstruct
  void init() {
    key =
        settings
            .secretKey()
            .map(Base64.getDecoder()::decode)
            .orElseGet(() -> keyFile(settings.dataDir().resolve("secret.key")));
    box = new SecretBox(key);
  }

  public String encrypt(String plain) {
    return box.encrypt(plain);
  }

  public String decrypt(String stored) {
    return box.decrypt(stored);
  }

  /** A key of its own for each purpose, so that no use of the secret weakens another. */
  public byte[] derive(String purpose) {
    return derive(key, purpose);
  }

  /** HMAC-SHA256 of the purpose under the secret key. */
  static byte[] derive(byte[] key, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static synchronized byte[] keyFile(Path file) {
    try {
      if (Files.exists(file)) {
        return Base64.getDecoder().decode(Files.readString(file).strip());
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(SecretBox.newKey()));
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the file keeps the default permissions
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the secret key file " + file, e);
    }
  }
}
