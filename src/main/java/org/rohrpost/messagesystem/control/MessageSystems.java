package org.rohrpost.messagesystem.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.InvalidKeyException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.messagesystem.entity.DkimSettings;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.messagesystem.entity.PrinterSettings;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;
import org.rohrpost.problem.control.ConflictException;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.security.control.Secrets;
import org.rohrpost.validation.control.FieldErrors;
import org.rohrpost.validation.control.Keys;
import org.rohrpost.validation.control.Mailbox;

/**
 * A client's message systems: validated on the way in, the password and the DKIM key encrypted at
 * rest.
 */
@ApplicationScoped
public class MessageSystems {
  private static final Logger LOG = Logger.getLogger(MessageSystems.class.getName());

  /** The length of the column that keeps {@code from}, display name and all. */
  private static final int MAX_FROM = 320;

  /** The slowest pace a system may be held to: one message in under three hours. */
  public static final double MIN_RATE = 0.0001;

  /** The fastest: beyond this a pace holds nothing back (slots are microseconds apart). */
  public static final double MAX_RATE = 10_000;

  @PersistenceContext EntityManager em;
  @Inject Clients clients;
  @Inject Secrets secrets;
  @Inject ThrottleSettings throttling;

  /** What a caller asks for; the password and the DKIM private key are write-only. */
  @Schema(name = "MessageSystemDefinition")
  public record Definition(
      String key,
      @Schema(ref = "MessageSystemType") String type,
      String host,
      Integer port,
      @Schema(ref = "TlsMode") String tls,
      String username,
      String password,
      String from,
      Double ratePerSecond,
      Dkim dkim,
      String printer,
      String server) {}

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
    MessageSystemType type =
        Keys.parse(errors, "type", d.type(), MessageSystemType.class, MessageSystemType.SMTP);
    if (type == MessageSystemType.PRINTER) {
      PrinterSettings printer = printerSettings(d, errors);
      errors.throwIfAny();
      refuseTaken(client, d.key());
      MessageSystem system = MessageSystem.printer(client, d.key(), printer, d.ratePerSecond());
      em.persist(system);
      return system;
    }
    SmtpSettings smtp = smtpSettings(d, errors);
    RSAPrivateKey dkimKey = dkimKey(d, errors);
    errors.check(d.password() == null || d.username() != null, "password", "needs a username");
    errors.throwIfAny();
    refuseTaken(client, d.key());
    MessageSystem system =
        new MessageSystem(
            client, d.key(), smtp, d.password() == null ? null : secrets.encrypt(d.password()));
    signWith(system, d.dkim(), dkimKey);
    em.persist(system);
    return system;
  }

  /**
   * New settings for a message system, whole as on creation, except what is write-only: an absent
   * password keeps the stored one (as long as there is a username), an absent DKIM key keeps the
   * signing as it is. Its key and type stay. Mail of the system that is already on its way goes out
   * as it started; every bundle taken after the change connects with the new settings.
   */
  @Transactional
  public MessageSystem update(String clientKey, String key, Definition d) {
    MessageSystem system = get(clients.get(clientKey), key);
    FieldErrors errors = new FieldErrors();
    errors.check(
        d.key() == null || d.key().equals(key), "key", "cannot change (it is " + key + ")");
    MessageSystemType type =
        Keys.parse(errors, "type", d.type(), MessageSystemType.class, system.type());
    errors.check(type == system.type(), "type", "cannot change (it is " + system.type() + ")");
    if (system.isPrinter()) {
      PrinterSettings printer = printerSettings(d, errors);
      errors.throwIfAny();
      system.printTo(printer, d.ratePerSecond());
      return system;
    }
    SmtpSettings smtp = smtpSettings(d, errors);
    RSAPrivateKey dkimKey = dkimKey(d, errors);
    errors.check(d.password() == null || d.username() != null, "password", "needs a username");
    errors.throwIfAny();
    String password =
        d.password() != null
            ? secrets.encrypt(d.password())
            : d.username() == null ? null : system.passwordCipher();
    system.connectWith(smtp, password);
    signWith(system, d.dkim(), dkimKey);
    LOG.info(() -> "Message system " + key + " of client " + clientKey + " changed");
    return system;
  }

  /** The SMTP settings asked for, or null with every error recorded; nothing of a printer. */
  private static SmtpSettings smtpSettings(Definition d, FieldErrors errors) {
    rate(d, errors);
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
    }
    if (errors.required("from", d.from())) {
      errors.maxLength("from", d.from(), MAX_FROM);
      String problem = Mailbox.problem(d.from());
      errors.check(problem == null, "from", "is not a valid sender address: " + problem);
    }
    errors.check(d.printer() == null, "printer", "is only for a PRINTER message system");
    errors.check(d.server() == null, "server", "is only for a PRINTER message system");
    return errors.isEmpty()
        ? new SmtpSettings(d.host(), d.port(), tls, d.username(), d.from(), d.ratePerSecond())
        : null; // not to be used: the caller throws the errors
  }

  private static RSAPrivateKey dkimKey(Definition d, FieldErrors errors) {
    return d.dkim() == null
        ? null
        : DkimKeys.check(errors, d.dkim().domain(), d.dkim().selector(), d.dkim().privateKey());
  }

  private void signWith(MessageSystem system, Dkim dkim, RSAPrivateKey key) {
    if (key != null) {
      system.signWithDkim(
          new DkimSettings(dkim.domain(), dkim.selector()), secrets.encrypt(DkimKeys.encode(key)));
    }
  }

  private static void rate(Definition d, FieldErrors errors) {
    errors.range("ratePerSecond", d.ratePerSecond(), MIN_RATE, MAX_RATE);
  }

  /**
   * A printer's settings asked for: {@code printer} an {@code ipp://} or {@code ipps://} URI
   * (absent: the spool directory), {@code server} the server tied to it (absent: any); nothing of
   * SMTP.
   */
  private static PrinterSettings printerSettings(Definition d, FieldErrors errors) {
    rate(d, errors);
    URI printer = null;
    if (d.printer() != null) {
      try {
        printer = new URI(d.printer());
        errors.check(
            printer.getScheme() != null
                && printer.getScheme().matches("(?i)ipps?")
                && printer.getHost() != null,
            "printer",
            "must be an ipp:// or ipps:// URI with a host, such as"
                + " ipp://cups.example.org:631/printers/hall");
      } catch (URISyntaxException e) {
        errors.add("printer", "is not a URI: " + e.getReason());
      }
    }
    if (d.server() != null) {
      errors.check(!d.server().isBlank(), "server", "must not be blank");
      errors.maxLength("server", d.server(), 255);
      errors.singleLine("server", d.server());
    }
    Map<String, Object> smtpOnly = new LinkedHashMap<>();
    smtpOnly.put("host", d.host());
    smtpOnly.put("port", d.port());
    smtpOnly.put("tls", d.tls());
    smtpOnly.put("username", d.username());
    smtpOnly.put("password", d.password());
    smtpOnly.put("from", d.from());
    smtpOnly.put("dkim", d.dkim());
    smtpOnly.forEach(
        (field, value) ->
            errors.check(value == null, field, "is not for a PRINTER message system"));
    return new PrinterSettings(printer, d.server() == null ? null : d.server().strip());
  }

  /**
   * The class the mail of {@code system} goes on when {@code requested} is asked for (null: the
   * client's, {@code clientsClass}): a printer's always goes on PRINTER, and only a printer's does.
   * A mismatch is an error of the field {@code queueClass}.
   */
  public static QueueClass queueClassFor(
      MessageSystem system, QueueClass requested, QueueClass clientsClass, FieldErrors errors) {
    if (system != null && system.isPrinter()) {
      errors.check(
          requested == null || requested == QueueClass.PRINTER,
          "queueClass",
          "the mail of a printer message system goes on the PRINTER class");
      return QueueClass.PRINTER;
    }
    QueueClass effective = requested != null ? requested : clientsClass;
    errors.check(
        effective != QueueClass.PRINTER,
        "queueClass",
        "the PRINTER class is for printer message systems");
    return effective;
  }

  private void refuseTaken(Client client, String key) {
    if (find(client, key) != null) {
      throw new ConflictException("Message system '" + key + "' exists already.");
    }
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
