package org.rohrpost.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rohrpost.access.entity.Role;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.security.entity.User;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/** The users: created by an administrator, and the bootstrap administrator of an empty database. */
@ApplicationScoped
public class Users {
  public static final int MIN_PASSWORD = 12;
  private static final Logger LOG = Logger.getLogger(Users.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Passwords passwords;
  @Inject Clients clients;

  /**
   * Creates the {@code admin} user when there is no user at all, with the configured password or a
   * random one that is logged this once.
   */
  @Transactional
  public void ensureAdmin(Optional<String> configuredPassword) {
    if (em.createNamedQuery(User.COUNT, Long.class).getSingleResult() > 0) {
      return;
    }
    String password = configuredPassword.orElseGet(Users::randomPassword);
    em.persist(new User("admin", passwords.hash(password), EnumSet.allOf(Role.class), null));
    if (configuredPassword.isEmpty()) {
      LOG.warning(
          "Created user 'admin' with the generated password: "
              + password
              + " (set ROHRPOST_ADMIN_PASSWORD to choose one; this is logged only once)");
    } else {
      LOG.info("Created user 'admin' with the password from ROHRPOST_ADMIN_PASSWORD");
    }
  }

  /**
   * What an administrator asks for; the password is write-only; {@code client} (optional) binds the
   * user to that client. An administrator bound to a client makes users of that client only.
   */
  public record NewUser(
      String username,
      String password,
      @Schema(type = SchemaType.ARRAY, implementation = Role.class) List<String> roles,
      String client) {}

  @Transactional
  public User create(NewUser request) {
    NewUser r = request == null ? new NewUser(null, null, null, null) : request;
    FieldErrors errors = new FieldErrors();
    Keys.check(errors, "username", r.username());
    if (errors.required("password", r.password())) {
      errors.check(
          r.password().length() >= MIN_PASSWORD && r.password().length() <= 200,
          "password",
          "must be " + MIN_PASSWORD + " to 200 characters");
    }
    Set<Role> roles = roles(errors, r.roles());
    errors.throwIfAny();
    Client client = r.client() == null ? clients.bound().orElse(null) : clients.get(r.client());
    if (find(r.username()) != null) {
      throw new ConflictException("User '" + r.username() + "' exists already.");
    }
    User user = new User(r.username(), passwords.hash(r.password()), roles, client);
    em.persist(user);
    return user;
  }

  /** The roles named, at least one. */
  static Set<Role> roles(FieldErrors errors, List<String> names) {
    if (names == null || names.isEmpty()) {
      errors.add("roles", "at least one of " + Arrays.toString(Role.values()));
      return EnumSet.noneOf(Role.class);
    }
    return Keys.all(errors, "roles", names, Role.class);
  }

  /** The users the caller may manage: those of its client when it is bound to one. */
  public List<User> all() {
    Optional<Client> bound = clients.bound();
    // no "is null" on a parameter: PostgreSQL cannot type a null one
    return bound.isEmpty()
        ? em.createQuery("select u from User u order by u.username", User.class).getResultList()
        : em.createQuery(
                "select u from User u where u.client = :bound order by u.username", User.class)
            .setParameter("bound", bound.get())
            .getResultList();
  }

  @Transactional
  public void delete(String username) {
    User user = find(username);
    if (user == null || !all().contains(user)) {
      throw new NotFoundException("User", username);
    }
    if (user.isAdministratorOfAll() && administratorsOfAll() == 1) {
      throw new ConflictException("User '" + username + "' is the last administrator.");
    }
    em.remove(user);
  }

  /** Replaces the user's password hash by one as strong as new ones are; returns it (ADR 23). */
  @Transactional
  public String rehash(String username, String password) {
    String hash = passwords.hash(password);
    User user = find(username);
    if (user != null) { // removed meanwhile
      user.replacePasswordHash(hash);
    }
    return hash;
  }

  private long administratorsOfAll() {
    return em.createQuery("select u from User u where u.client is null", User.class)
        .getResultStream()
        .filter(User::isAdministratorOfAll)
        .count();
  }

  User find(String username) {
    return em.createNamedQuery(User.BY_NAME, User.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
