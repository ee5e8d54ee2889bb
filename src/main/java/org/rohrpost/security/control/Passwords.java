package org.rohrpost.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes (ADR 23): Jakarta Security's PBKDF2 with HMAC-SHA256 at OWASP's 600,000
 * iterations. A hash names its algorithm and iterations ({@code algorithm:iterations:salt:hash}),
 * so those made with fewer still verify, and are {@link #isWeak weak}.
 */
@ApplicationScoped
public class Passwords {
  static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** A hash of nobody's password: checked when there is no such user, at the same cost. */
  private String nobody;

  @PostConstruct
  void init() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            Integer.toString(ITERATIONS)));
    nobody = hash(Users.randomPassword());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  /** Whether the password is the one of the stored hash; with none, as long to say no. */
  public boolean verify(String password, String stored) {
    boolean right = pbkdf2.verify(password.toCharArray(), stored == null ? nobody : stored);
    return right && stored != null;
  }

  /** Whether the stored hash was made weaker than {@link #hash} makes them now. */
  static boolean isWeak(String stored) {
    String[] parts = stored.split(":");
    try {
      return parts.length != 4
          || !parts[0].equals(ALGORITHM)
          || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
