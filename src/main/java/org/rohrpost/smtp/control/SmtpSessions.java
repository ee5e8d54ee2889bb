package org.rohrpost.smtp.control;

import jakarta.mail.Session;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;

/**
 * The two mail sessions of one message system (ADR 24): one for mail whose addresses are ASCII on
 * the wire, one for mail with a non-ASCII local part, whose connection and headers carry UTF-8
 * ({@code mail.mime.allowutf8}: Angus Mail then says {@code SMTPUTF8} on every {@code MAIL FROM} of
 * the connection, if the relay offers it, so only such mail goes over it). The envelope sender is
 * the From header's address. A write that the relay does not take within the I/O timeout closes the
 * connection; that timeout is kept by a scheduler the caller shares between all connections (Angus
 * Mail would otherwise start a thread for each connection, one per bundle sent).
 */
public record SmtpSessions(Session ascii, Session utf8) {
  private static final String CONNECT_TIMEOUT_MS = "10000";
  private static final String IO_TIMEOUT_MS = "60000";

  /**
   * The sessions for these settings; creating them is costly, so callers keep them. {@code
   * writeTimeouts} keeps their connections' write timeouts: one thread is enough, as a timeout's
   * task runs only when a write hangs, and cancelled tasks must be removed at once ({@link
   * java.util.concurrent.ScheduledThreadPoolExecutor#setRemoveOnCancelPolicy}).
   */
  public static SmtpSessions of(
      SmtpSettings smtp, boolean auth, ScheduledExecutorService writeTimeouts) {
    Properties ascii = properties(smtp, auth, writeTimeouts);
    Properties utf8 = properties(smtp, auth, writeTimeouts);
    utf8.put("mail.mime.allowutf8", "true");
    return new SmtpSessions(Session.getInstance(ascii), Session.getInstance(utf8));
  }

  /** The protocol of these settings' connections. */
  static String protocol(SmtpSettings smtp) {
    return smtp.tls() == TlsMode.TLS ? "smtps" : "smtp";
  }

  private static Properties properties(
      SmtpSettings smtp, boolean auth, ScheduledExecutorService writeTimeouts) {
    String protocol = protocol(smtp);
    Properties p = new Properties();
    p.put("mail." + protocol + ".connectiontimeout", CONNECT_TIMEOUT_MS);
    p.put("mail." + protocol + ".timeout", IO_TIMEOUT_MS);
    p.put("mail." + protocol + ".writetimeout", IO_TIMEOUT_MS);
    p.put("mail." + protocol + ".executor.writetimeout", writeTimeouts);
    p.put("mail." + protocol + ".auth", Boolean.toString(auth));
    if (smtp.tls() == TlsMode.STARTTLS) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    if (smtp.tls() != TlsMode.NONE) {
      p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
    }
    return p;
  }
}
