package org.rohrpost.security.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rohrpost.security.entity.User;

/**
 * Checks who is calling (ADR 19, 23): a user name and password, or an application's API key, from
 * an address. Too many failures refuse further attempts before any password is looked at ({@link
 * SignInThrottle}); an unknown user costs what a known one costs; a password verified lately is not
 * hashed again ({@link VerifiedPasswords}); a hash weaker than today's is replaced at the sign-in
 * that proves the password.
 */
@ApplicationScoped
public class SignIn {
  static final int REMEMBERED = 10_000;
  static final Duration VERIFIED_FOR = Duration.ofMinutes(5);

  @Inject Users users;
  @Inject ApiKeys apiKeys;
  @Inject Passwords passwords;
  @Inject SignInSettings settings;

  private SignInThrottle throttle;
  private VerifiedPasswords verified;

  /** Who signed in; or, if nobody did, how long to wait before the next attempt, if at all. */
  public record Outcome(SignedIn caller, Duration retryAfter) {
    public static final Outcome WRONG = new Outcome(null, null);

    public Optional<SignedIn> signedIn() {
      return Optional.ofNullable(caller);
    }

    public Optional<Duration> refusedFor() {
      return Optional.ofNullable(retryAfter);
    }
  }

  @PostConstruct
  void init() {
    throttle =
        new SignInThrottle(
            settings.maxFailures(),
            settings.maxFailuresPerAddress(),
            settings.window(),
            REMEMBERED,
            Clock.systemUTC());
    verified = new VerifiedPasswords(REMEMBERED, VERIFIED_FOR, Clock.systemUTC());
  }

  public Outcome withPassword(String username, String password, String address) {
    SignInThrottle.Attempt attempt = throttle.check(username, address);
    if (attempt.retryAfter().isPresent()) {
      return refused(attempt);
    }
    User user = users.find(username);
    String stored = user == null || user.isApplication() ? null : user.passwordHash();
    if (stored != null && verified.contains(username, password, stored)) {
      attempt.succeeded();
      return signedIn(user);
    }
    attempt = throttle.reserve(username, address);
    if (attempt.retryAfter().isPresent()) {
      return refused(attempt);
    }
    if (!passwords.verify(password, stored)) {
      attempt.failed();
      return Outcome.WRONG;
    }
    attempt.succeeded();
    if (Passwords.isWeak(stored)) {
      stored = users.rehash(username, password);
    }
    verified.add(username, password, stored);
    return signedIn(user);
  }

  public Outcome withApiKey(String key, String address) {
    SignInThrottle.Attempt attempt = throttle.check(null, address);
    if (attempt.retryAfter().isPresent()) {
      return refused(attempt);
    }
    Optional<User> application = apiKeys.application(key);
    if (application.isEmpty()) {
      attempt.failed();
      return Outcome.WRONG;
    }
    attempt.succeeded();
    return signedIn(application.get());
  }

  private static Outcome refused(SignInThrottle.Attempt attempt) {
    return new Outcome(null, attempt.retryAfter().orElseThrow());
  }

  private static Outcome signedIn(User user) {
    Set<String> roles = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return new Outcome(new SignedIn(user.username(), roles), null);
  }
}
