package org.rohrpost.communication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.population.control.Populations;
import org.rohrpost.population.entity.Population;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.template.control.TemplateRenderer;
import org.rohrpost.template.entity.Template;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/** A client's communications: checked whole on the way in (a template must compile). */
@ApplicationScoped
public class Communications {
  public static final int MAX_APPROVERS = 20;

  @PersistenceContext EntityManager em;
  @Inject Clients clients;
  @Inject MessageSystems messageSystems;
  @Inject Populations populations;
  @Inject Event<CommunicationDeleting> deleting;

  /** What a caller asks for. */
  @Schema(name = "CommunicationDefinition")
  public record Definition(
      String key,
      String messageSystem,
      String population,
      String subject,
      String html,
      String text,
      Boolean bypassApproval,
      List<String> approvers,
      @Schema(ref = "QueueClass") String queueClass) {}

  @Transactional
  public Communication create(String clientKey, Definition d) {
    Client client = clients.get(clientKey);
    FieldErrors errors = new FieldErrors();
    Keys.check(errors, "key", d.key());
    Communication.Parts parts = parts(client, d, errors);
    errors.throwIfAny();
    if (find(client, d.key()) != null) {
      throw new ConflictException("Communication '" + d.key() + "' exists already.");
    }
    Communication communication = new Communication(client, d.key(), parts);
    em.persist(communication);
    return communication;
  }

  /** Replaces the definition; batches generated later use the new one. */
  @Transactional
  public Communication update(String clientKey, String key, Definition d) {
    Communication communication = get(clientKey, key);
    FieldErrors errors = new FieldErrors();
    errors.check(d.key() == null || d.key().equals(key), "key", "cannot be changed");
    Communication.Parts parts = parts(communication.client(), d, errors);
    errors.throwIfAny();
    communication.redefine(parts);
    return communication;
  }

  /** Deletes a communication that has no batches (their history needs it). */
  @Transactional
  public void delete(String clientKey, String key) {
    Communication communication = get(clientKey, key);
    long batches =
        em.createQuery("select count(b) from Batch b where b.communication = :c", Long.class)
            .setParameter("c", communication)
            .getSingleResult();
    if (batches > 0) {
      throw new ConflictException(
          "Communication '" + key + "' has " + batches + " batches; it is kept for their history.");
    }
    deleting.fire(new CommunicationDeleting(communication));
    em.remove(communication);
  }

  /** Checks everything but the key, recording each problem under its field. */
  private Communication.Parts parts(Client client, Definition d, FieldErrors errors) {
    MessageSystem system = messageSystems.resolve(client, d.messageSystem(), errors);
    Population population = populations.resolve(client, d.population(), errors);
    Template template = new Template(d.subject(), d.html(), d.text());
    checkMessage(d, errors);
    QueueClass requested = Keys.optional(errors, "queueClass", d.queueClass(), QueueClass.class);
    QueueClass effective =
        MessageSystems.queueClassFor(system, requested, client.queueClass(), errors);
    // kept as asked (null: the client's, as it is when a batch is made), a printer's as PRINTER
    QueueClass queueClass = effective == QueueClass.PRINTER ? effective : requested;
    List<String> approvers = d.approvers() == null ? List.of() : d.approvers();
    boolean bypass = Boolean.TRUE.equals(d.bypassApproval());
    if (!errors.isEmpty()) {
      return null;
    }
    return new Communication.Parts(
        system,
        population,
        template,
        bypass,
        approvers.stream().map(EmailAddresses::normalize).toList(),
        queueClass);
  }

  /**
   * Checks what a definition says about the message: its template (it must compile) and who
   * approves it, as {@link #create} and {@link #update} do; for a form that asks for these first.
   */
  public static void checkMessage(Definition d, FieldErrors errors) {
    TemplateRenderer.compile(new Template(d.subject(), d.html(), d.text()), errors);
    List<String> approvers = d.approvers() == null ? List.of() : d.approvers();
    errors.check(approvers.size() <= MAX_APPROVERS, "approvers", "at most " + MAX_APPROVERS);
    for (int i = 0; i < approvers.size(); i++) {
      errors.email("approvers[" + i + "]", approvers.get(i));
    }
    errors.check(
        Boolean.TRUE.equals(d.bypassApproval()) || !approvers.isEmpty(),
        "approvers",
        "are required unless bypassApproval is true");
  }

  public Communication get(String clientKey, String key) {
    Communication communication = find(clients.get(clientKey), key);
    if (communication == null) {
      throw new NotFoundException("Communication", key);
    }
    return communication;
  }

  /** The client's communication named in a request field, or null with an error recorded. */
  public Communication resolve(String clientKey, String key, FieldErrors errors) {
    if (!errors.required("communication", key)) {
      return null;
    }
    Communication communication = find(clients.get(clientKey), key);
    if (communication == null) {
      errors.add("communication", "client '" + clientKey + "' has no communication '" + key + "'");
    }
    return communication;
  }

  public List<Communication> of(String clientKey) {
    return em.createQuery(
            "select c from Communication c where c.client = :client order by c.key",
            Communication.class)
        .setParameter("client", clients.get(clientKey))
        .getResultList();
  }

  private Communication find(Client client, String key) {
    return em.createQuery(
            "select c from Communication c where c.client = :client and c.key = :key",
            Communication.class)
        .setParameter("client", client)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
