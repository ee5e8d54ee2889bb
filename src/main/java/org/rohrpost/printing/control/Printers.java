package org.rohrpost.printing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.rohrpost.messagesystem.entity.PrinterSettings;
import org.rohrpost.server.control.ServerSettings;

/**
 * Where a printer message system's jobs go: its IPP printer, or the spool directory {@code
 * print-spool/<client>/<system>} in this server's data directory.
 */
@ApplicationScoped
public class Printers {
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Inject ServerSettings settings;

  public PrintDestination of(String client, String system, PrinterSettings printer) {
    if (printer.printer() != null) {
      return new IppPrinter(printer.printer(), TIMEOUT);
    }
    return new SpoolDirectory(
        settings.dataDir().resolve("print-spool").resolve(client).resolve(system));
  }
}
