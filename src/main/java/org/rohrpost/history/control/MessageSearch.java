package org.rohrpost.history.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/**
 * Finds messages across batches: of a client, to a recipient, in a status, made in a time range;
 * newest first, {@link Batches#PAGE_SIZE} a page.
 */
@ApplicationScoped
public class MessageSearch {
  @PersistenceContext EntityManager em;
  @Inject Clients clients;

  /** What to look for; every field is optional (strings as the query string gives them). */
  public record Criteria(
      String client, String recipient, String status, String from, String to, int page) {}

  /** A message found, with the client its batch belongs to. */
  public record Found(Message message, String client) {}

  public List<Found> find(Criteria c) {
    FieldErrors errors = new FieldErrors();
    MessageStatus status = Keys.optional(errors, "status", c.status(), MessageStatus.class);
    Instant from = errors.instant("from", c.from());
    Instant to = errors.instant("to", c.to());
    errors.check(from == null || to == null || from.isBefore(to), "to", "must be after from");
    errors.page(c.page());
    if (c.recipient() != null) {
      errors.email("recipient", c.recipient());
    }
    errors.throwIfAny();
    Client client = c.client() == null ? clients.bound().orElse(null) : clients.get(c.client());

    List<String> where = new ArrayList<>();
    where.add("b.id = m.batchId");
    if (client != null) {
      where.add("b.client = :client");
    }
    if (c.recipient() != null) {
      where.add("m.recipient = :recipient");
    }
    if (status != null) {
      where.add("m.status = :status");
    }
    if (from != null) {
      where.add("m.createdAt >= :from");
    }
    if (to != null) {
      where.add("m.createdAt < :to");
    }
    TypedQuery<Object[]> query =
        em.createQuery(
            "select m, b.client.key from Message m, Batch b where "
                + String.join(" and ", where)
                + " order by m.createdAt desc, m.id desc",
            Object[].class);
    if (client != null) {
      query.setParameter("client", client);
    }
    if (c.recipient() != null) {
      query.setParameter("recipient", EmailAddresses.normalize(c.recipient()));
    }
    if (status != null) {
      query.setParameter("status", status);
    }
    if (from != null) {
      query.setParameter("from", from);
    }
    if (to != null) {
      query.setParameter("to", to);
    }
    return query
        .setFirstResult(Batches.firstOf(c.page()))
        .setMaxResults(Batches.PAGE_SIZE)
        .getResultList()
        .stream()
        .map(row -> new Found((Message) row[0], (String) row[1]))
        .toList();
  }
}
