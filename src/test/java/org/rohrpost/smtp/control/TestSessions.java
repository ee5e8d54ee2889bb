package org.rohrpost.smtp.control;

import java.util.concurrent.ScheduledExecutorService;
import org.rohrpost.messagesystem.entity.SmtpSettings;

/** Mail sessions for tests that need no channel: without AUTH, one write-timeout thread for all. */
final class TestSessions {
  private static final ScheduledExecutorService WRITE_TIMEOUTS = SmtpChannel.writeTimeouts();

  private TestSessions() {}

  static SmtpSessions of(SmtpSettings smtp) {
    return SmtpSessions.of(smtp, false, WRITE_TIMEOUTS);
  }
}
