package org.rohrpost.channel.control;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.PrinterSettings;
import org.rohrpost.messagesystem.entity.SmtpSettings;
import org.rohrpost.messagesystem.entity.TlsMode;

/** Message systems of a test client, as a channel gets them, and a port nobody listens on. */
public final class TestSystems {
  private static final Client CLIENT = new Client("acme", "ACME", QueueClass.NORMAL, null);

  private TestSystems() {}

  /** An SMTP system without password or DKIM key, whose relay listens on {@code port}. */
  public static MessageSystem smtp(String key, int port) {
    return new MessageSystem(
        CLIENT,
        key,
        new SmtpSettings("127.0.0.1", port, TlsMode.NONE, null, "from@example.com", null),
        null);
  }

  /** A printer system printing to {@code printer} (null: into the spool directory). */
  public static MessageSystem printer(String key, URI printer) {
    return MessageSystem.printer(CLIENT, key, new PrinterSettings(printer, null), null);
  }

  /** A local port that was free a moment ago: connecting to it is refused. */
  public static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
