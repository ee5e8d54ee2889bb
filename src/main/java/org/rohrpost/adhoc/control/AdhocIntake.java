package org.rohrpost.adhoc.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rohrpost.adhoc.control.AdhocRequest.RecipientInput;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.suppression.control.Suppressions;
import org.rohrpost.suppression.entity.Suppression;
import org.rohrpost.template.control.TemplateRenderer;
import org.rohrpost.template.entity.Template;
import org.rohrpost.tracing.control.Traces;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;

/**
 * Accepts an ad-hoc request: checks all of it first, then generates every message inline and leaves
 * the batch ready for send configuration. A refused request writes nothing (what rendering refuses
 * is rolled back).
 */
@ApplicationScoped
public class AdhocIntake {
  public static final int MAX_RECIPIENTS = 50_000;
  public static final int MAX_ATTEMPTS = 50;
  private static final int FLUSH_EVERY = 1000;
  // rendered messages held before they are written: a few large ones flush as many small ones do
  private static final long FLUSH_CHARACTERS = 16L * 1024 * 1024;

  @PersistenceContext EntityManager em;
  @Inject Ledger ledger;
  @Inject Clients clients;
  @Inject MessageSystems messageSystems;
  @Inject Suppressions suppressions;
  @Inject Traces traces;

  /**
   * The batch of the request; {@code requestId} (may be null) names the request so that, delivered
   * again, it finds the batch it made instead of making another.
   */
  @Transactional
  public Batch accept(String clientKey, AdhocRequest request, String requestId) {
    Client client = clients.get(clientKey);
    if (requestId != null) {
      List<Batch> made =
          em.createQuery("select b from Batch b where b.requestId = :id", Batch.class)
              .setParameter("id", requestId)
              .getResultList();
      if (!made.isEmpty()) {
        return made.get(0);
      }
    }
    FieldErrors errors = new FieldErrors();
    MessageSystem system = messageSystems.resolve(client, request.messageSystem(), errors);
    TemplateRenderer renderer =
        TemplateRenderer.compile(
            new Template(request.subject(), request.html(), request.text()), errors);
    QueueClass queueClass =
        MessageSystems.queueClassFor(
            system,
            Keys.optional(errors, "queueClass", request.queueClass(), QueueClass.class),
            client.queueClass(),
            errors);
    Instant now = Instant.now();
    SendWindow window =
        SendWindow.read(
            "", request.notBefore(), request.expiresAt(), SendWindow.ANY_TIME, now, errors);
    errors.range("maxAttempts", request.maxAttempts(), 1, MAX_ATTEMPTS);
    int maxAttempts =
        request.maxAttempts() == null ? Message.DEFAULT_MAX_ATTEMPTS : request.maxAttempts();
    List<Message.Recipient> recipients = recipients(request.recipients(), errors);
    List<SendWindow> windows = windows(request.recipients(), window, now, errors);
    errors.throwIfAny();

    Batch batch = Batch.adhoc(client, system, queueClass, requestId);
    em.persist(batch);
    em.flush();
    long batchId = batch.id();
    String domain = system.messageIdDomain();
    Set<String> suppressed =
        suppressions.among(client, recipients.stream().map(Message.Recipient::email).toList());
    long pendingCharacters = 0;
    for (int i = 0; i < recipients.size(); i++) {
      RecipientInput input = request.recipients().get(i);
      TemplateRenderer.Rendering r = renderer.render(input.email(), input.name(), input.data());
      if (!r.isSafe()) {
        errors.add("recipients[" + i + "].data", r.problem());
        continue;
      }
      SendWindow own = windows.get(i);
      Message.Delivery delivery =
          new Message.Delivery(
              maxAttempts, own.notBefore(), client.expiryOf(now, own.expiresAt()), domain);
      Message.Rendered rendered = new Message.Rendered(r.subject(), r.html(), r.text());
      Message message = new Message(batchId, recipients.get(i), rendered, delivery);
      if (suppressed.contains(Suppression.keyOf(message.recipient()))) {
        message.skip("suppressed");
      }
      ledger.add(message);
      pendingCharacters += length(r.html()) + length(r.text());
      if ((i + 1) % FLUSH_EVERY == 0 || pendingCharacters > FLUSH_CHARACTERS) {
        em.flush();
        em.clear();
        pendingCharacters = 0;
      }
    }
    // a recipient whose values make an unsendable message refuses the request: the rollback
    // takes back what was written
    errors.throwIfAny();
    Batch ready = em.find(Batch.class, batchId);
    ready.readyToSend();
    ready.tracedIn(traces.forNewBatch(batchId));
    // written now: a caller in the same transaction may lock the batch next, which reloads it
    em.flush();
    return ready;
  }

  private static List<Message.Recipient> recipients(
      List<RecipientInput> inputs, FieldErrors errors) {
    if (inputs == null || inputs.isEmpty()) {
      errors.add("recipients", "at least one recipient is required");
      return List.of();
    }
    if (inputs.size() > MAX_RECIPIENTS) {
      errors.add("recipients", "at most " + MAX_RECIPIENTS + " recipients per request");
      return List.of();
    }
    List<Message.Recipient> recipients = new ArrayList<>(inputs.size());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < inputs.size(); i++) {
      String field = "recipients[" + i + "]";
      RecipientInput input = inputs.get(i);
      if (input == null) {
        errors.add(field, "is empty");
        continue;
      }
      if (!errors.email(field + ".email", input.email())) {
        continue;
      }
      String email = EmailAddresses.normalize(input.email());
      if (!seen.add(email.toLowerCase(java.util.Locale.ROOT))) {
        errors.add(field + ".email", "appears more than once");
      }
      if (input.name() != null) {
        errors.maxLength(field + ".name", input.name(), 200);
        errors.singleLine(field + ".name", input.name());
      }
      recipients.add(new Message.Recipient(email, input.name()));
    }
    return recipients;
  }

  /** Each recipient's send window: its own fields, else the request's. */
  private static List<SendWindow> windows(
      List<RecipientInput> inputs, SendWindow request, Instant now, FieldErrors errors) {
    List<SendWindow> windows = new ArrayList<>(inputs == null ? 0 : inputs.size());
    for (int i = 0; inputs != null && i < inputs.size(); i++) {
      RecipientInput input = inputs.get(i);
      windows.add(
          input == null
              ? request
              : SendWindow.read(
                  "recipients[" + i + "].",
                  input.notBefore(),
                  input.expiresAt(),
                  request,
                  now,
                  errors));
    }
    return windows;
  }

  private static int length(String part) {
    return part == null ? 0 : part.length();
  }
}
