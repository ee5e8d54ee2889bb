package org.rohrpost.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Set;
import java.util.stream.Collectors;
import org.rohrpost.security.entity.User;

/**
 * Checks user names and passwords against the users table; a user's roles are its groups. An
 * application signs in with its API key only.
 */
@ApplicationScoped
public class UserIdentityStore implements IdentityStore {
  @PersistenceContext EntityManager em;
  @Inject Pbkdf2PasswordHash passwordHash;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    User user =
        em.createNamedQuery(User.BY_NAME, User.class)
            .setParameter("name", credential.getCaller())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null
        || user.isApplication()
        || !passwordHash.verify(credential.getPassword().getValue(), user.passwordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    Set<String> groups = user.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return new CredentialValidationResult(user.username(), groups);
  }
}
