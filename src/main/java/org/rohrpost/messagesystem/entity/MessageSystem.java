package org.rohrpost.messagesystem.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.rohrpost.client.entity.Client;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.Mailbox;

/**
 * An outgoing channel of a client: an SMTP server with its credentials and limits, and optionally
 * the DKIM key its mail is signed with. The password and the DKIM key are held only encrypted
 * ({@link #passwordCipher}, {@link #dkimKeyCipher}) and are never part of an answer.
 */
@Entity
@Table(name = "message_system")
@NamedQuery(
    name = MessageSystem.BY_CLIENT_AND_KEY,
    query = "select m from MessageSystem m where m.client = :client and m.key = :key")
public class MessageSystem {
  public static final String BY_CLIENT_AND_KEY = "MessageSystem.byClientAndKey";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "message_system_seq")
  @SequenceGenerator(
      name = "message_system_seq",
      sequenceName = "message_system_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(name = "system_key", nullable = false)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MessageSystemType type;

  private String host;

  private Integer port;

  @Enumerated(EnumType.STRING)
  private TlsMode tls;

  private String username;

  @Column(name = "password_cipher")
  private String passwordCipher;

  @Column(name = "from_address")
  private String from;

  @Column(name = "printer_uri")
  private String printerUri;

  /** The server tied to a printer, which alone sends this system's mail; null: any. */
  private String server;

  @Column(name = "rate_per_second")
  private Double ratePerSecond;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "dkim_domain")
  private String dkimDomain;

  @Column(name = "dkim_selector")
  private String dkimSelector;

  @Column(name = "dkim_key_cipher")
  private String dkimKeyCipher;

  @Column(name = "throttled_until")
  private Instant throttledUntil;

  protected MessageSystem() {}

  public MessageSystem(Client client, String key, SmtpSettings smtp, String passwordCipher) {
    this.client = client;
    this.key = key;
    this.type = MessageSystemType.SMTP;
    this.createdAt = Instant.now();
    connectWith(smtp, passwordCipher);
  }

  /** A printer message system: letters to an IPP printer, or into the spool directory. */
  public static MessageSystem printer(
      Client client, String key, PrinterSettings printer, Double ratePerSecond) {
    MessageSystem system = new MessageSystem();
    system.client = client;
    system.key = key;
    system.type = MessageSystemType.PRINTER;
    system.createdAt = Instant.now();
    system.printTo(printer, ratePerSecond);
    return system;
  }

  /** An SMTP system's new connection settings and (encrypted) password, null for none. */
  public void connectWith(SmtpSettings smtp, String passwordCipher) {
    if (isPrinter()) {
      throw new IllegalStateException("Message system " + key + " is a printer, not SMTP");
    }
    this.host = smtp.host();
    this.port = smtp.port();
    this.tls = smtp.tls();
    this.username = smtp.username();
    this.from = smtp.from();
    this.ratePerSecond = smtp.ratePerSecond();
    this.passwordCipher = passwordCipher;
  }

  /** A printer system's new printer, server and rate. */
  public void printTo(PrinterSettings printer, Double ratePerSecond) {
    if (!isPrinter()) {
      throw new IllegalStateException("Message system " + key + " is SMTP, not a printer");
    }
    this.printerUri = printer.printer() == null ? null : printer.printer().toString();
    this.server = printer.server();
    this.ratePerSecond = ratePerSecond;
  }

  public boolean isPrinter() {
    return type == MessageSystemType.PRINTER;
  }

  /** The connection settings, without the password; null for a printer. */
  public SmtpSettings smtp() {
    return isPrinter() ? null : new SmtpSettings(host, port, tls, username, from, ratePerSecond);
  }

  /** Where a printer prints; null for an SMTP system. */
  public PrinterSettings printer() {
    return isPrinter()
        ? new PrinterSettings(printerUri == null ? null : URI.create(printerUri), server)
        : null;
  }

  /** The server that alone sends this system's mail (a printer's), or null for any. */
  public String server() {
    return server;
  }

  /** At most this many messages a second, all servers together; null for no limit. */
  public Double ratePerSecond() {
    return ratePerSecond;
  }

  /**
   * The domain of this system's Message-IDs: its sender's for mail (in ASCII); for letters one of
   * its own, which no mail of anyone uses.
   */
  public String messageIdDomain() {
    return messageIdDomain(type, from);
  }

  /** The rule of {@link #messageIdDomain()}, for a system read without the entity. */
  public static String messageIdDomain(MessageSystemType type, String from) {
    return type == MessageSystemType.PRINTER
        ? "print.rohrpost.invalid"
        : EmailAddresses.domainOf(Mailbox.parse(from).wireAddress());
  }

  /** From now on, mail of this system is signed as {@code dkim} with the encrypted key. */
  public void signWithDkim(DkimSettings dkim, String keyCipher) {
    if (dkim == null || keyCipher == null) {
      throw new IllegalArgumentException("DKIM needs a domain, a selector and a key");
    }
    this.dkimDomain = dkim.domain();
    this.dkimSelector = dkim.selector();
    this.dkimKeyCipher = keyCipher;
  }

  /** The DKIM signing domain and selector, or null when this system's mail is not signed. */
  public DkimSettings dkim() {
    return dkimKeyCipher == null ? null : new DkimSettings(dkimDomain, dkimSelector);
  }

  /**
   * Its server asked to slow down: no worker starts on this system's mail for {@code pause} from
   * {@code now}. A longer pause in force is kept. Returns the time the system may send again.
   */
  public Instant throttle(Instant now, Duration pause) {
    if (pause.isNegative()) {
      throw new IllegalArgumentException("A throttle pause cannot be negative: " + pause);
    }
    Instant until = now.plus(pause);
    if (throttledUntil == null || until.isAfter(throttledUntil)) {
      throttledUntil = until;
    }
    return throttledUntil;
  }

  /** Whether workers leave this system's mail alone at {@code now}, its server having asked. */
  public boolean isThrottledAt(Instant now) {
    return throttledUntil != null && now.isBefore(throttledUntil);
  }

  /** Until when the last pause asked for lasts (in the past once over), or null if none was. */
  public Instant throttledUntil() {
    return throttledUntil;
  }

  public String dkimKeyCipher() {
    return dkimKeyCipher;
  }

  public Long id() {
    return id;
  }

  public Client client() {
    return client;
  }

  public String key() {
    return key;
  }

  public MessageSystemType type() {
    return type;
  }

  public String passwordCipher() {
    return passwordCipher;
  }

  public boolean hasPassword() {
    return passwordCipher != null;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
