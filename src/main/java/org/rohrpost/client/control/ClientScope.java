package org.rohrpost.client.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.rohrpost.client.entity.Client;

/**
 * Which clients the caller sees: a user bound to a client sees that client only, and anything of
 * another client is answered as if it did not exist (API.md: 404, not 403). A user bound to none
 * sees every client, and so does the server's own work (timers, listeners, jobs), which has no
 * caller.
 */
@ApplicationScoped
public class ClientScope {
  @Inject SecurityContext security;
  @PersistenceContext EntityManager em;

  /** The id of the client the caller is bound to; empty when it sees every client. */
  public Optional<Long> boundTo() {
    String caller = callerName();
    if (caller == null) {
      return Optional.empty();
    }
    return em.createQuery("select u.client.id from User u where u.username = :name", Long.class)
        .setParameter("name", caller)
        .getResultStream()
        .findFirst();
  }

  public boolean sees(Client client) {
    return boundTo().map(client.id()::equals).orElse(true);
  }

  private String callerName() {
    try {
      Principal principal = security.getCallerPrincipal();
      return principal == null ? null : principal.getName();
    } catch (RuntimeException noCallerHere) {
      return null; // outside a request some runtimes have no security context at all
    }
  }
}
