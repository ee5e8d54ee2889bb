package org.rohrpost.client.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.FieldErrors;
import org.rohrpost.problem.control.Keys;
import org.rohrpost.problem.control.NotFoundException;

/** Creating and finding clients. */
@ApplicationScoped
public class Clients {
  @PersistenceContext EntityManager em;

  /** Longest server name ({@code ROHRPOST_INSTANCE}) a DEDICATED client may be pinned to. */
  static final int MAX_SERVER = 255;

  /**
   * Creates a client; {@code server} (optional) names the server that sends a DEDICATED client's
   * mail.
   */
  @Transactional
  public Client create(String key, String name, String queueClass, String server) {
    FieldErrors errors = new FieldErrors();
    Keys.check(errors, "key", key);
    if (errors.required("name", name)) {
      errors.maxLength("name", name, 200);
      errors.singleLine("name", name);
    }
    QueueClass parsed = Keys.parse(errors, "queueClass", queueClass, QueueClass.class, null);
    if (server != null) {
      errors.check(!server.isBlank(), "server", "must not be blank");
      errors.maxLength("server", server, MAX_SERVER);
      errors.singleLine("server", server);
      errors.check(
          parsed == null || parsed == QueueClass.DEDICATED,
          "server",
          "only a DEDICATED client is pinned to a server");
    }
    errors.throwIfAny();
    if (find(key) != null) {
      throw new ConflictException("Client '" + key + "' exists already.");
    }
    Client client = new Client(key, name, parsed, server == null ? null : server.strip());
    em.persist(client);
    return client;
  }

  /** The client with this key, or 404. */
  public Client get(String key) {
    Client client = find(key);
    if (client == null) {
      throw new NotFoundException("Client", key);
    }
    return client;
  }

  public List<Client> all() {
    return em.createQuery("select c from Client c order by c.key", Client.class).getResultList();
  }

  private Client find(String key) {
    return em.createNamedQuery(Client.BY_KEY, Client.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
