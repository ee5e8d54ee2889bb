package org.rohrpost.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rohrpost.access.entity.Role;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.security.entity.User;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/**
 * API keys of applications: each is a user of one client that calls the API with {@code
 * Authorization: Bearer <key>}. The key is shown once, when it is issued; only its SHA-256 is kept
 * (a random 256-bit key needs no slow hash). Such a user is removed like any other.
 */
@ApplicationScoped
public class ApiKeys {
  static final String PREFIX = "rp_";

  @PersistenceContext EntityManager em;
  @Inject Users users;
  @Inject Clients clients;
  @Inject Passwords passwords;

  /** What an administrator asks for: the application's name and roles. */
  public record NewApiKey(
      String name,
      @Schema(type = SchemaType.ARRAY, implementation = Role.class) List<String> roles) {}

  /** The application made, and its key, which is not kept and cannot be shown again. */
  public record Issued(User application, String key) {}

  @Transactional
  public Issued issue(String clientKey, NewApiKey request) {
    NewApiKey r = request == null ? new NewApiKey(null, null) : request;
    Client client = clients.get(clientKey);
    FieldErrors errors = new FieldErrors();
    Keys.check(errors, "name", r.name());
    Set<Role> roles = Users.roles(errors, r.roles());
    errors.throwIfAny();
    if (users.find(r.name()) != null) {
      throw new ConflictException("User '" + r.name() + "' exists already.");
    }
    String key = PREFIX + random();
    User application =
        User.application(
            r.name(), passwords.hash(Users.randomPassword()), roles, client, sha256(key));
    em.persist(application);
    return new Issued(application, key);
  }

  /** The application whose key this is. */
  public Optional<User> application(String key) {
    if (key == null || !key.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return em.createNamedQuery(User.BY_API_KEY, User.class)
        .setParameter("hash", sha256(key))
        .getResultStream()
        .findFirst();
  }

  private static String random() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }
}
