package org.rohrpost.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.rohrpost.security.entity.Role;
import org.rohrpost.security.entity.User;

/** The users: the bootstrap administrator of an empty database. */
@ApplicationScoped
public class Users {
  private static final Logger LOG = Logger.getLogger(Users.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;

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
    em.persist(
        new User(
            "admin", passwordHash.generate(password.toCharArray()), EnumSet.allOf(Role.class)));
    if (configuredPassword.isEmpty()) {
      LOG.warning(
          "Created user 'admin' with the generated password: "
              + password
              + " (set ROHRPOST_ADMIN_PASSWORD to choose one; this is logged only once)");
    } else {
      LOG.info("Created user 'admin' with the password from ROHRPOST_ADMIN_PASSWORD");
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
