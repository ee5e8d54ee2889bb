package org.rohrpost.printing.control;

import java.io.IOException;
import java.time.Instant;
import org.rohrpost.channel.control.Connection;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.printing.control.PrintDestination.Printed;
import org.rohrpost.unsubscribe.control.ListUnsubscribe;

/**
 * A printer as the connection of a bundle: each message becomes a PDF letter, printed as a job of
 * its own. A job the printer refuses (an IPP client error) is final; a server error or a printer
 * out of reach is tried again later, like a 4xx of an SMTP server.
 */
final class PrintConnection implements Connection {
  private final PrintDestination destination;
  private final LetterPdf pdf = new LetterPdf();

  PrintConnection(PrintDestination destination) {
    this.destination = destination;
  }

  @Override
  public Outcome send(Message message, ListUnsubscribe unsubscribe) {
    Letter letter =
        new Letter(
            message.recipientName(),
            message.recipient(),
            message.subject(),
            LetterText.of(message.text(), message.html()),
            message.messageId(),
            Instant.now());
    try {
      Printed printed = destination.print("rohrpost-message-" + message.id(), pdf.render(letter));
      if (printed.isAccepted()) {
        return Outcome.sent(printed.status(), printed.detail());
      }
      return printed.isRefused()
          ? Outcome.permanent(printed.status(), printed.detail())
          : Outcome.temporary(printed.status(), printed.detail(), false);
    } catch (IOException e) {
      return Outcome.temporary(-1, "cannot print: " + e, true);
    }
  }

  @Override
  public void close() {
    // a print job holds nothing open between messages
  }
}
