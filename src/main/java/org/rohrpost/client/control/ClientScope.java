package org.rohrpost.client.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.rohrpost.client.entity.Client;
import org.rohrpost.problem.control.ForbiddenException;

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
    // an explicit join: a user of every client has no row (a path u.client.id may be read from
    // the foreign key and give null)
    return em.createQuery(
            "select c.id from User u join u.client c where u.username = :name", Long.class)
        .setParameter("name", caller)
        .getResultStream()
        .findFirst();
  }

  /**
   * Refuses a caller bound to one client what concerns every client ({@code doing}: "create
   * clients", "act on servers").
   */
  public void requireEveryClient(String doing) {
    if (boundTo().isPresent()) {
      throw new ForbiddenException("A user of one client cannot " + doing + ".");
    }
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
