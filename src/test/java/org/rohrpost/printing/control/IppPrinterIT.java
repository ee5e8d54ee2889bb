package org.rohrpost.printing.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rohrpost.channel.control.TestSystems;

/** Print-Job against a real IPP printer ({@link TestPrinter}). */
class IppPrinterIT {
  @TempDir static Path spool;
  private static TestPrinter printer;

  @BeforeAll
  static void startPrinter() throws Exception {
    printer = new TestPrinter(spool);
  }

  @AfterAll
  static void stopPrinter() {
    printer.close();
  }

  @Test
  void aPdfPrintedOverIppIsTakenAsAJobAndKeptWhole() throws Exception {
    byte[] pdf =
        new LetterPdf()
            .render(
                new Letter(
                    "Ada", "ada@example.org", "Printed over IPP", "Hello", "<9@x>", Instant.now()));
    IppPrinter ipp = new IppPrinter(printer.uri(), Duration.ofSeconds(10));

    PrintDestination.Printed printed = ipp.print("rohrpost-message-9", pdf);

    assertThat(printed.isAccepted()).as(printed.detail()).isTrue();
    assertThat(printed.detail()).contains("job ");
    List<Path> jobs = printer.awaitJobs(1);
    assertThat(jobs).hasSize(1);
    try (PDDocument document = Loader.loadPDF(Files.readAllBytes(jobs.get(0)))) {
      assertThat(new PDFTextStripper().getText(document)).contains("Printed over IPP");
    }
  }

  @Test
  void aPrinterThatIsNotThereIsAnIoFailure() throws Exception {
    int closed = TestSystems.closedPort();
    IppPrinter nowhere =
        new IppPrinter(
            URI.create("ipp://127.0.0.1:" + closed + "/ipp/print"), Duration.ofSeconds(2));

    assertThatThrownBy(() -> nowhere.print("x", new byte[] {1})).isInstanceOf(IOException.class);
  }

  @Test
  void aJobForAPrinterThatIsNotThereIsRefusedWithAClientError() throws Exception {
    IppPrinter ipp =
        new IppPrinter(
            URI.create("ipp://127.0.0.1:" + printer.port() + "/ipp/nosuchprinter"),
            Duration.ofSeconds(10));

    PrintDestination.Printed printed = ipp.print("x", new byte[] {1});

    assertThat(printed.isAccepted()).as(printed.detail()).isFalse();
    assertThat(printed.isRefused()).as(printed.detail()).isTrue();
  }
}
