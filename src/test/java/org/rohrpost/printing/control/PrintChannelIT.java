package org.rohrpost.printing.control;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rohrpost.channel.control.Channel;
import org.rohrpost.channel.control.ChannelContract;
import org.rohrpost.channel.control.TestSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;

/** The channel contract over IPP, against CUPS's test printer ({@link TestPrinter}). */
class PrintChannelIT implements ChannelContract {
  @TempDir static Path spool;
  private static TestPrinter printer;

  private final PrintChannel channel = new PrintChannel();
  private int printedBefore;

  @BeforeAll
  static void startPrinter() throws IOException, InterruptedException {
    printer = new TestPrinter(spool);
  }

  @AfterAll
  static void stopPrinter() {
    printer.close();
  }

  @BeforeEach
  void countJobs() throws IOException {
    printedBefore = printer.jobs().size();
  }

  @Override
  public Channel channel() {
    return channel;
  }

  @Override
  public MessageSystem reachable() {
    return TestSystems.printer("ipp", printer.uri());
  }

  @Override
  public MessageSystem unreachable() {
    try {
      return TestSystems.printer(
          "gone", URI.create("ipp://127.0.0.1:" + TestSystems.closedPort() + "/ipp/print"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The text of each letter printed since the test began, by job number. */
  @Override
  public List<String> arrived(int expected) throws Exception {
    List<Path> jobs = printer.awaitJobs(printedBefore + expected);
    List<String> letters = new ArrayList<>();
    for (Path job : jobs.subList(printedBefore, jobs.size())) {
      try (PDDocument letter = Loader.loadPDF(Files.readAllBytes(job))) {
        letters.add(new PDFTextStripper().getText(letter));
      }
    }
    return letters;
  }
}
