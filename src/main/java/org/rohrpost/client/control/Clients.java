package org.rohrpost.client.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.OnTheWire;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/** Creating and finding clients, of those the caller sees ({@link ClientScope}). */
@ApplicationScoped
public class Clients {
  @PersistenceContext EntityManager em;
  @Inject ClientScope scope;

  /** Longest server name ({@code ROHRPOST_INSTANCE}) a DEDICATED client may be pinned to. */
  static final int MAX_SERVER = 255;

  /** The longest message lifetime a client may set. */
  static final Duration MAX_LIFETIME = Duration.ofDays(365);

  /** The longest history retention a client may set. */
  static final Duration MAX_RETENTION = Duration.ofDays(3650);

  /**
   * A client as the API creates it: {@code server} (optional) names the server that sends a
   * DEDICATED client's mail; {@code messageLifetime} (optional, ISO-8601 such as {@code P2D}) how
   * long after they are made its messages expire unless a request says when; {@code
   * historyRetention} (optional, ISO-8601) how long its finished batches are kept; {@code
   * deleteOnSuccess} whether a sent message's content is deleted at once.
   */
  @Schema(name = "ClientDefinition")
  public record Definition(
      String key,
      String name,
      @Schema(ref = "QueueClass") String queueClass,
      String server,
      @Schema(format = "duration") String messageLifetime,
      @Schema(format = "duration") String historyRetention,
      Boolean deleteOnSuccess,
      @Schema(ref = "OnTheWire") String onTheWire) {}

  @Transactional
  public Client create(Definition d) {
    scope.requireEveryClient("create clients");
    String key = d.key();
    String name = d.name();
    String server = d.server();
    FieldErrors errors = new FieldErrors();
    Keys.check(errors, "key", key);
    if (errors.required("name", name)) {
      errors.maxLength("name", name, 200);
      errors.singleLine("name", name);
    }
    QueueClass parsed = Keys.parse(errors, "queueClass", d.queueClass(), QueueClass.class, null);
    OnTheWire onTheWire =
        Keys.parse(errors, "onTheWire", d.onTheWire(), OnTheWire.class, OnTheWire.RESEND);
    Duration lifetime =
        errors.duration(
            "messageLifetime", d.messageLifetime(), Duration.ofSeconds(1), MAX_LIFETIME);
    Duration retention =
        errors.duration(
            "historyRetention", d.historyRetention(), Duration.ofMinutes(1), MAX_RETENTION);
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
    client.expireMessagesAfter(lifetime);
    client.keepHistory(retention, Boolean.TRUE.equals(d.deleteOnSuccess()));
    client.whenFoundOnTheWire(onTheWire);
    em.persist(client);
    return client;
  }

  /** The client with this key, or 404 (also when the caller may not see it). */
  public Client get(String key) {
    Client client = find(key);
    if (client == null || !scope.sees(client)) {
      throw new NotFoundException("Client", key);
    }
    return client;
  }

  /** The clients the caller sees. */
  public List<Client> all() {
    Optional<Long> bound = scope.boundTo();
    // no "is null" on a parameter: PostgreSQL cannot type a null one
    return bound.isEmpty()
        ? em.createQuery("select c from Client c order by c.key", Client.class).getResultList()
        : em.createQuery("select c from Client c where c.id = :bound", Client.class)
            .setParameter("bound", bound.get())
            .getResultList();
  }

  /** The client the caller is bound to, if it is bound to one. */
  public Optional<Client> bound() {
    return scope.boundTo().map(id -> em.find(Client.class, id));
  }

  private Client find(String key) {
    return em.createNamedQuery(Client.BY_KEY, Client.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
