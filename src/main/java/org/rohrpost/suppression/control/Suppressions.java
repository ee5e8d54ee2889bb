package org.rohrpost.suppression.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.suppression.entity.Suppression;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.FieldErrors;

/** A client's suppression list: adding, listing and removing addresses, and matching them. */
@ApplicationScoped
public class Suppressions {
  private static final int MATCH_CHUNK = 1000;

  @PersistenceContext EntityManager em;
  @Inject Clients clients;

  @Transactional
  public Suppression add(String clientKey, String email, String reason) {
    Client client = clients.get(clientKey);
    FieldErrors errors = new FieldErrors();
    errors.email("email", email);
    if (reason != null) {
      errors.maxLength("reason", reason, 500);
      errors.singleLine("reason", reason);
    }
    errors.throwIfAny();
    if (find(client, email) != null) {
      throw new ConflictException("'" + email + "' is suppressed already.");
    }
    Suppression suppression = new Suppression(client, EmailAddresses.normalize(email), reason);
    em.persist(suppression);
    return suppression;
  }

  /** Suppresses a known-good address unless it is already: what an unsubscribe link does. */
  @Transactional
  public void ensure(String clientKey, String email, String reason) {
    Client client = clients.get(clientKey);
    if (find(client, email) == null) {
      em.persist(new Suppression(client, EmailAddresses.normalize(email), reason));
    }
  }

  public List<Suppression> of(String clientKey) {
    return em.createQuery(
            "select s from Suppression s where s.client = :client order by s.emailKey",
            Suppression.class)
        .setParameter("client", clients.get(clientKey))
        .getResultList();
  }

  @Transactional
  public void remove(String clientKey, String email) {
    Suppression suppression = find(clients.get(clientKey), email);
    if (suppression == null) {
      throw new NotFoundException("Suppression", email);
    }
    em.remove(suppression);
  }

  /** The match keys ({@link Suppression#keyOf}) of those addresses that the client suppresses. */
  public Set<String> among(Client client, Collection<String> emails) {
    List<String> keys = emails.stream().map(Suppression::keyOf).distinct().toList();
    Set<String> suppressed = new HashSet<>();
    for (int from = 0; from < keys.size(); from += MATCH_CHUNK) {
      suppressed.addAll(
          em.createQuery(
                  "select s.emailKey from Suppression s where s.client = :client"
                      + " and s.emailKey in :keys",
                  String.class)
              .setParameter("client", client)
              .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + MATCH_CHUNK)))
              .getResultList());
    }
    return suppressed;
  }

  private Suppression find(Client client, String email) {
    return email == null
        ? null
        : em.createQuery(
                "select s from Suppression s where s.client = :client and s.emailKey = :key",
                Suppression.class)
            .setParameter("client", client)
            .setParameter(
                "key",
                Suppression.keyOf(
                    EmailAddresses.isValid(email) ? EmailAddresses.normalize(email) : email))
            .getResultStream()
            .findFirst()
            .orElse(null);
  }
}
