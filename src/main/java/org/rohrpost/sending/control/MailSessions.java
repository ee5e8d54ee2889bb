package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rohrpost.messagesystem.entity.SmtpSettings;

/**
 * Mail sessions kept per SMTP settings: building one looks up providers each time, which costs more
 * than sending a bundle's first message. A changed setting gets sessions of its own.
 */
@ApplicationScoped
public class MailSessions {
  private final Map<Key, SmtpSessions> sessions = new ConcurrentHashMap<>();

  private record Key(SmtpSettings smtp, boolean auth) {}

  public SmtpSessions of(SmtpSettings smtp, boolean auth) {
    return sessions.computeIfAbsent(
        new Key(smtp, auth), key -> SmtpSessions.of(key.smtp(), key.auth()));
  }
}
