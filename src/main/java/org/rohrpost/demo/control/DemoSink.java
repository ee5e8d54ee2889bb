package org.rohrpost.demo.control;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A local SMTP server (GreenMail) that keeps what it receives, for trying Rohrpost out. */
@ApplicationScoped
public class DemoSink {
  private GreenMail greenMail;

  /** One received message, as the demo mailbox lists it. */
  public record Received(
      String messageId, String from, String to, String subject, String batch, String message) {}

  public synchronized void start(int port) {
    if (greenMail != null) {
      return;
    }
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    greenMail.start();
  }

  public synchronized boolean isRunning() {
    return greenMail != null;
  }

  /** The newest {@code limit} messages, newest first, and how many arrived in all. */
  public synchronized List<Received> newest(int limit) {
    if (greenMail == null) {
      return List.of();
    }
    MimeMessage[] all = greenMail.getReceivedMessages();
    List<Received> newest = new ArrayList<>();
    for (int i = all.length - 1; i >= 0 && newest.size() < limit; i--) {
      newest.add(describe(all[i]));
    }
    return newest;
  }

  public synchronized int count() {
    return greenMail == null ? 0 : greenMail.getReceivedMessages().length;
  }

  private static Received describe(MimeMessage m) {
    try {
      return new Received(
          m.getMessageID(),
          Arrays.toString(m.getFrom()),
          Arrays.toString(m.getAllRecipients()),
          m.getSubject(),
          m.getHeader("X-Rohrpost-Batch", null),
          m.getHeader("X-Rohrpost-Message", null));
    } catch (MessagingException e) {
      return new Received(null, null, null, "(unreadable: " + e.getMessage() + ")", null, null);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }
}
