package org.rohrpost.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rohrpost.channel.control.TestMessages;
import org.rohrpost.ledger.control.Outcome;
import org.rohrpost.ledger.entity.Message;

class PrintConnectionTest {
  @TempDir Path spool;

  @Test
  void aMessagePrintedIntoTheSpoolDirectoryIsAPdfLetterAndCountsAsSent() throws IOException {
    Message message =
        TestMessages.message(7, "ada@example.org", "Statement", "<p>Hi <b>Ada</b></p>", null);

    Outcome outcome = new PrintConnection(new SpoolDirectory(spool)).send(message, null);

    assertThat(outcome.kind()).isEqualTo(Outcome.Kind.SENT);
    Path job = spool.resolve("rohrpost-message-7.pdf");
    assertThat(outcome.detail()).contains(job.toString());
    try (PDDocument letter = Loader.loadPDF(Files.readAllBytes(job))) {
      assertThat(new PDFTextStripper().getText(letter))
          .contains("ada@example.org", "Statement", "Hi Ada");
    }
    try (var left = Files.list(spool)) {
      assertThat(left).containsExactly(job);
    }
  }

  @Test
  void refusedJobsAreFinalAndPrinterTroubleIsTriedAgain() {
    Message message = TestMessages.message(8, "bob@example.org", "S", null, "Text");

    assertThat(outcome(message, (name, pdf) -> new PrintDestination.Printed(0x040a, "bad format")))
        .isEqualTo(Outcome.Kind.PERMANENT);
    assertThat(outcome(message, (name, pdf) -> new PrintDestination.Printed(0x0507, "busy")))
        .isEqualTo(Outcome.Kind.TEMPORARY);
    assertThat(
            outcome(
                message,
                (name, pdf) -> {
                  throw new IOException("Connection refused");
                }))
        .isEqualTo(Outcome.Kind.TEMPORARY);
  }

  private static Outcome.Kind outcome(Message message, PrintDestination destination) {
    return new PrintConnection(destination).send(message, null).kind();
  }
}
