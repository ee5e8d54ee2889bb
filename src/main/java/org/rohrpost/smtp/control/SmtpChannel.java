package org.rohrpost.smtp.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.rohrpost.channel.control.Channel;
import org.rohrpost.channel.control.Endpoint;
import org.rohrpost.messagesystem.control.DkimKey;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.messagesystem.entity.SmtpSettings;

/**
 * Mail over SMTP: a message system's relay, its password and DKIM key. Mail sessions are kept per
 * SMTP settings: building one looks up providers each time, which costs more than sending a
 * bundle's first message. A changed setting gets sessions of its own. One thread of the channel's
 * keeps every connection's write timeout (see {@link SmtpSessions}).
 */
@ApplicationScoped
public class SmtpChannel implements Channel {
  private final Map<Key, SmtpSessions> sessions = new ConcurrentHashMap<>();
  private final ScheduledThreadPoolExecutor writeTimeouts = writeTimeouts();

  @Inject MessageSystems messageSystems;

  private record Key(SmtpSettings smtp, boolean auth) {}

  @Override
  public MessageSystemType type() {
    return MessageSystemType.SMTP;
  }

  @Override
  public Endpoint endpointOf(MessageSystem system) {
    SmtpSettings smtp = system.smtp();
    String password = messageSystems.password(system);
    DkimKey dkim = messageSystems.dkimKey(system);
    SmtpSessions of =
        sessions.computeIfAbsent(
            new Key(smtp, password != null),
            key -> SmtpSessions.of(key.smtp(), key.auth(), writeTimeouts));
    return () -> SmtpConnection.open(of, smtp, password, dkim);
  }

  @PreDestroy
  void stop() {
    writeTimeouts.shutdownNow();
  }

  /** A daemon thread that only ever closes a connection whose write hangs. */
  static ScheduledThreadPoolExecutor writeTimeouts() {
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "rohrpost-smtp-write-timeouts");
              thread.setDaemon(true);
              return thread;
            });
    scheduler.setRemoveOnCancelPolicy(true);
    return scheduler;
  }
}
