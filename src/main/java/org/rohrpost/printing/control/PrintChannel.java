package org.rohrpost.printing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.rohrpost.channel.control.Channel;
import org.rohrpost.channel.control.Endpoint;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.messagesystem.entity.PrinterSettings;
import org.rohrpost.server.control.ServerSettings;

/**
 * Letters to a printer: a printer message system's jobs go to its IPP printer, or into the spool
 * directory {@code print-spool/<client>/<system>} in this server's data directory.
 */
@ApplicationScoped
public class PrintChannel implements Channel {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Inject ServerSettings settings;

  @Override
  public MessageSystemType type() {
    return MessageSystemType.PRINTER;
  }

  @Override
  public Endpoint endpointOf(MessageSystem system) {
    PrintDestination destination =
        destinationOf(system.client().key(), system.key(), system.printer());
    return () -> new PrintConnection(destination);
  }

  private PrintDestination destinationOf(String client, String system, PrinterSettings printer) {
    if (printer.printer() != null) {
      return new IppPrinter(printer.printer(), TIMEOUT);
    }
    return new SpoolDirectory(
        settings.dataDir().resolve("print-spool").resolve(client).resolve(system));
  }
}
