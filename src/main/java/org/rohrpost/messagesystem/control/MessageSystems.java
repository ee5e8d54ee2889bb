package org.rohrpost.messagesystem.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.InvalidKeyException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.messagesystem.entity.DkimSettings;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.FieldErrors;
import org.rohrpost.problem.control.Keys;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.security.control.Secrets;

/**
 * A client's message systems: validated on the way in, the password and the DKIM key encrypted at
 * rest.
 */
@ApplicationScoped
public class MessageSystems {
  private static final Logger LOG = Logger.getLogger(MessageSystems.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clients clients;
  @Inject Secrets secrets;
  @Inject ThrottleSettings throttling;

  /** What a caller asks for; the password and the DKIM private key are write-only. */
  public record Definition(
      String key,
      String type,
      String host,
      Integer port,
      String tls,
      String username,
      String password,
      String from,
      Double ratePerSecond,
      Dkim dkim) {}

  /** DKIM signing for all mail of the system: a PEM PKCS#8 RSA private key. */
  public record Dkim(String domain, String selector, String privateKey) {
    @Override
    public String toString() {
      return "Dkim[domain=" + domain + ", selector=" + selector + ", privateKey=(hidden)]";
    }
  }

  @Transactional
  public MessageSystem create(String clientKey, Definition d) {
    Client client = clients.get(clientKey);
    FieldErrors errors = new FieldErrors();
    Keys.check(errors, "key", d.key());
    Keys.parse(errors, "type", d.type(), MessageSystemType.class, MessageSystemType.SMTP);
    if (errors.required("host", d.host())) {
      errors.maxLength("host", d.host(), 255);
      errors.check(
          d.host().matches("[A-Za-z0-9.:\\[\\]-]+"), "host", "is not a host name or address");
    }
    errors.check(
        d.port() != null && d.port() > 0 && d.port() < 65536, "port", "must be 1 to 65535");
    TlsMode tls = Keys.parse(errors, "tls", d.tls(), TlsMode.class, TlsMode.NONE);
    if (d.username() != null) {
      errors.maxLength("username", d.username(), 255);
      errors.singleLine("username", d.username());
    }
    if (d.password() != null) {
      errors.maxLength("password", d.password(), 500);
      errors.check(d.username() != null, "password", "needs a username");
    }
    errors.email("from", d.from());
    errors.check(
        d.ratePerSecond() == null || d.ratePerSecond() > 0,
        "ratePerSecond",
        "must be greater than 0");
    RSAPrivateKey dkimKey =
        d.dkim() == null
            ? null
            : DkimKeys.check(errors, d.dkim().domain(), d.dkim().selector(), d.dkim().privateKey());
    errors.throwIfAny();
    if (find(client, d.key()) != null) {
      throw new ConflictException("Message system '" + d.key() + "' exists already.");
    }
    SmtpSettings smtp =
        new SmtpSettings(d.host(), d.port(), tls, d.username(), d.from(), d.ratePerSecond());
    String cipher = d.password() == null ? null : secrets.encrypt(d.password());
    MessageSystem system = new MessageSystem(client, d.key(), smtp, cipher);
    if (dkimKey != null) {
      system.signWithDkim(
          new DkimSettings(d.dkim().domain(), d.dkim().selector()),
          secrets.encrypt(DkimKeys.encode(dkimKey)));
    }
    em.persist(system);
    return system;
  }

  /** The client's message system with this key, or 404. */
  public MessageSystem get(Client client, String key) {
    MessageSystem system = find(client, key);
    if (system == null) {
      throw new NotFoundException("Message system", key);
    }
    return system;
  }

  /** The client's message system named in a request field, or null with an error on it. */
  public MessageSystem resolve(Client client, String key, FieldErrors errors) {
    if (!errors.required("messageSystem", key)) {
      return null;
    }
    MessageSystem system = find(client, key);
    if (system == null) {
      errors.add(
          "messageSystem", "client '" + client.key() + "' has no message system '" + key + "'");
    }
    return system;
  }

  public List<MessageSystem> of(Client client) {
    return em.createQuery(
            "select m from MessageSystem m where m.client = :client order by m.key",
            MessageSystem.class)
        .setParameter("client", client)
        .getResultList();
  }

  /**
   * Pauses the system for the configured time because its server asked to slow down ({@code
   * reply}); the row lock makes workers of several servers that hear it at once agree on one time.
   * Returns when the system may send again. The caller owns the transaction.
   */
  public Instant throttle(long systemId, Instant now, String reply) {
    MessageSystem system = em.find(MessageSystem.class, systemId, LockModeType.PESSIMISTIC_WRITE);
    Instant until = system.throttle(now, throttling.pause());
    LOG.warning(
        () ->
            "Message system "
                + system.key()
                + " (id "
                + systemId
                + ") asked to slow down ("
                + reply
                + "): none of its mail goes out before "
                + until);
    return until;
  }

  /** The plain password for connecting, or null. */
  public String password(MessageSystem system) {
    return system.hasPassword() ? secrets.decrypt(system.passwordCipher()) : null;
  }

  /** The DKIM key to sign the system's mail with, or null when it does not sign. */
  public DkimKey dkimKey(MessageSystem system) {
    DkimSettings dkim = system.dkim();
    if (dkim == null) {
      return null;
    }
    try {
      return new DkimKey(
          dkim.domain(), dkim.selector(), DkimKeys.decode(secrets.decrypt(system.dkimKeyCipher())));
    } catch (InvalidKeyException e) {
      throw new IllegalStateException(
          "The stored DKIM key of message system " + system.key() + " " + e.getMessage(), e);
    }
  }

  private MessageSystem find(Client client, String key) {
    return em.createNamedQuery(MessageSystem.BY_CLIENT_AND_KEY, MessageSystem.class)
        .setParameter("client", client)
        .setParameter("key", key)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }
}
