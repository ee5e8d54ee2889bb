package org.rohrpost.endtoend;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.subethamail.smtp.DropConnectionException;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.internal.server.BaseCommand;
import org.subethamail.smtp.internal.server.Command;
import org.subethamail.smtp.internal.server.CommandException;
import org.subethamail.smtp.internal.server.HelpMessage;
import org.subethamail.smtp.server.SMTPServer;
import org.subethamail.smtp.server.SessionHandler;
import org.subethamail.smtp.server.SessionHandler.SessionAcceptance;

/**
 * A real SMTP server on 127.0.0.1 (SubEthaSMTP, ADR 14) that accepts mail and records every message
 * it accepted, unless told to fail: per address and stage it answers with a given reply code, or
 * drops the connection without a reply; it can also refuse connections at the greeting. Every fault
 * it injected is recorded too, so that a test can tell that it happened, and so is every {@code
 * MAIL} command as it came (with its parameters, such as {@code SMTPUTF8}). It offers SMTPUTF8 (RFC
 * 6531), as SubEthaSMTP does, unless started {@link #withoutSmtpUtf8}. A test class keeps one as
 * {@code @RegisterExtension static}: it stops after the class's tests.
 */
public final class FaultySmtpServer implements AutoCloseable, AfterAllCallback {
  /** For {@link #fail}: every time, not only the first times. */
  public static final int ALWAYS = Integer.MAX_VALUE;

  /** Where in a session a fault strikes. */
  public enum Stage {
    /** The greeting: see {@link #refuseConnections}. */
    CONNECT,
    /** {@code MAIL FROM}: the address is the sender. */
    MAIL,
    /** {@code RCPT TO}: the address is the recipient. */
    RCPT,
    /** After the message's data: the address is each recipient of the transaction. */
    DATA
  }

  /** What the server does instead of accepting: reply with a code and text, or drop (code 0). */
  public record Fault(int code, String text) {
    /** A reply with the code and a typical text with an enhanced status code. */
    public static Fault reply(int code) {
      return new Fault(code, typicalText(code));
    }

    /** The connection closed without a reply. */
    public static Fault drop() {
      return new Fault(0, null);
    }

    public boolean isDrop() {
      return code == 0;
    }

    private static String typicalText(int code) {
      return switch (code) {
        case 421 -> "4.7.0 Too many connections, slow down";
        case 450 -> "4.2.1 Mailbox busy, try again later";
        case 451 -> "4.7.1 Greylisted, try again later";
        case 454 -> "4.7.0 Too many messages, slow down";
        case 550 -> "5.1.1 No such user";
        case 554 -> "5.7.1 Message refused";
        default -> code / 100 + ".0.0 Refused by the test server";
      };
    }
  }

  /** Decides about one command: the fault to answer it with, or null to go on normally. */
  @FunctionalInterface
  public interface Rule {
    /** {@code seenBefore}: how often the address reached this stage before (0: the first time). */
    Fault apply(Stage stage, String address, int seenBefore);
  }

  /** A message the server accepted, as it arrived. */
  public record Delivered(Instant at, String sender, List<String> recipients, byte[] raw) {
    /** The only (or first) recipient. */
    public String recipient() {
      return recipients.get(0);
    }

    /** The message parsed; its headers may be UTF-8 (RFC 6532, in mail sent under SMTPUTF8). */
    public MimeMessage message() {
      Properties utf8 = new Properties();
      utf8.put("mail.mime.allowutf8", "true");
      try {
        return new MimeMessage(Session.getInstance(utf8), new ByteArrayInputStream(raw));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The first value of a header, or null. */
    public String header(String name) {
      try {
        return message().getHeader(name, null);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A fault the server injected: when, where, for which address (null at connect), which code. */
  public record Injected(Instant at, Stage stage, String address, int code) {}

  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
  private final List<Delivered> delivered = new CopyOnWriteArrayList<>();
  private final List<Injected> injected = new CopyOnWriteArrayList<>();
  private final List<String> mailCommands = new CopyOnWriteArrayList<>();
  private final AtomicInteger connectionsToRefuse = new AtomicInteger();
  private volatile Fault connectionRefusal;
  private final SMTPServer server;

  private FaultySmtpServer() {
    server =
        SMTPServer.port(0)
            .bindAddress(InetAddress.getLoopbackAddress())
            .hostName("faulty.test")
            .messageHandlerFactory(Transaction::new)
            .sessionHandler(new Greeting())
            .build();
  }

  /** A server listening on a free port of 127.0.0.1. */
  public static FaultySmtpServer start() {
    return start(true);
  }

  /** A server like {@link #start}'s whose EHLO answer does not offer SMTPUTF8. */
  public static FaultySmtpServer withoutSmtpUtf8() {
    return start(false);
  }

  private static FaultySmtpServer start(boolean offerSmtpUtf8) {
    FaultySmtpServer faulty = new FaultySmtpServer();
    var commands = faulty.server.getCommandHandler();
    commands.addCommand(new RecordedMail(commands.getCommand("MAIL"), faulty.mailCommands));
    if (!offerSmtpUtf8) {
      commands.addCommand(new EhloWithoutSmtpUtf8());
    }
    faulty.server.start();
    return faulty;
  }

  public int port() {
    return server.getPortAllocated();
  }

  /** Adds a rule; the first rule that answers with a fault decides. */
  public FaultySmtpServer rule(Rule rule) {
    rules.add(rule);
    return this;
  }

  /**
   * Answers the first {@code times} times each address matching {@code addresses} reaches {@code
   * stage} with {@code fault} ({@link #ALWAYS}: every time).
   */
  public FaultySmtpServer fail(Stage stage, Predicate<String> addresses, Fault fault, int times) {
    return rule(
        (at, address, seenBefore) ->
            at == stage && seenBefore < times && addresses.test(address) ? fault : null);
  }

  /**
   * Greets the next {@code count} connections with {@code fault} instead of 220 and closes them.
   */
  public FaultySmtpServer refuseConnections(int count, Fault fault) {
    connectionRefusal = fault;
    connectionsToRefuse.set(count);
    return this;
  }

  /** Every message accepted so far, in the order of arrival. */
  public List<Delivered> delivered() {
    return new ArrayList<>(delivered);
  }

  public List<Delivered> deliveredTo(String address) {
    return delivered.stream().filter(d -> d.recipients().contains(normal(address))).toList();
  }

  /** Every fault injected so far, in order. */
  public List<Injected> injected() {
    return new ArrayList<>(injected);
  }

  /** Every {@code MAIL} command received so far, as it came (without its CRLF). */
  public List<String> mailCommands() {
    return new ArrayList<>(mailCommands);
  }

  /** Forgets rules, counts and records. */
  public void reset() {
    rules.clear();
    seen.clear();
    delivered.clear();
    injected.clear();
    mailCommands.clear();
    connectionsToRefuse.set(0);
  }

  @Override
  public void close() {
    server.stop();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  private static String normal(String address) {
    return address.strip().toLowerCase(Locale.ROOT);
  }

  /** The fault for this address at this stage, if a rule has one; counts the visit either way. */
  private Fault faultFor(Stage stage, String address) {
    int before =
        seen.computeIfAbsent(stage + " " + address, k -> new AtomicInteger()).getAndIncrement();
    for (Rule rule : rules) {
      Fault fault = rule.apply(stage, address, before);
      if (fault != null) {
        return fault;
      }
    }
    return null;
  }

  /** Answers with the fault: throws what makes SubEthaSMTP reply, or closes the socket. */
  private void inject(Fault fault, Stage stage, String address, MessageContext context)
      throws RejectException {
    injected.add(new Injected(Instant.now(), stage, address, fault.code()));
    if (fault.isDrop()) {
      try {
        ((org.subethamail.smtp.server.Session) context).closeSocket();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      throw new DropConnectionException(421, "dropped");
    }
    if (fault.code() == 421) {
      throw new DropConnectionException(fault.code(), fault.text());
    }
    throw new RejectException(fault.code(), fault.text());
  }

  /** One mail transaction of a session. */
  private final class Transaction implements MessageHandler {
    private final MessageContext context;
    private final List<String> recipients = new ArrayList<>();
    private String sender;

    Transaction(MessageContext context) {
      this.context = context;
    }

    @Override
    public void from(String from) throws RejectException {
      sender = normal(from);
      Fault fault = faultFor(Stage.MAIL, sender);
      if (fault != null) {
        inject(fault, Stage.MAIL, sender, context);
      }
    }

    @Override
    public void recipient(String recipient) throws RejectException {
      String address = normal(recipient);
      Fault fault = faultFor(Stage.RCPT, address);
      if (fault != null) {
        inject(fault, Stage.RCPT, address, context);
      }
      recipients.add(address);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
      byte[] raw = data.readAllBytes();
      for (String address : recipients) {
        Fault fault = faultFor(Stage.DATA, address);
        if (fault != null) {
          inject(fault, Stage.DATA, address, context);
        }
      }
      delivered.add(new Delivered(Instant.now(), sender, List.copyOf(recipients), raw));
      return null;
    }

    @Override
    public void done() {}
  }

  /** Refuses connections at the greeting while told to. */
  private final class Greeting implements SessionHandler {
    @Override
    public SessionAcceptance accept(org.subethamail.smtp.server.Session session) {
      if (connectionsToRefuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        Fault fault = connectionRefusal;
        injected.add(new Injected(Instant.now(), Stage.CONNECT, null, fault.code()));
        return SessionAcceptance.failure(fault.code(), fault.text());
      }
      return SessionAcceptance.success();
    }

    @Override
    public void onSessionEnd(org.subethamail.smtp.server.Session session) {}
  }

  /** SubEthaSMTP's {@code MAIL} command, recording the command line first. */
  private record RecordedMail(Command mail, List<String> received) implements Command {
    @Override
    public void execute(String commandString, org.subethamail.smtp.server.Session session)
        throws IOException, DropConnectionException {
      received.add(commandString);
      mail.execute(commandString, session);
    }

    @Override
    public HelpMessage getHelp() throws CommandException {
      return mail.getHelp();
    }

    @Override
    public String getName() {
      return mail.getName();
    }
  }

  /** EHLO answered as SubEthaSMTP does (it always offers SMTPUTF8), but without SMTPUTF8. */
  private static final class EhloWithoutSmtpUtf8 extends BaseCommand {
    EhloWithoutSmtpUtf8() {
      super("EHLO", "Introduce yourself.", "<hostname>");
    }

    @Override
    public void execute(String commandString, org.subethamail.smtp.server.Session session)
        throws IOException {
      String[] args = getArgs(commandString);
      if (args.length < 2) {
        session.sendResponse("501 Syntax: EHLO hostname");
        return;
      }
      session.resetMailTransaction();
      session.setHelo(args[1]);
      session.sendResponse(
          "250-" + session.getServer().getHostName() + "\r\n250-8BITMIME\r\n250 Ok");
    }
  }
}
