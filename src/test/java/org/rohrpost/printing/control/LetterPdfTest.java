package org.rohrpost.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterPdfTest {
  private static final Instant DATE = Instant.parse("2026-11-30T10:00:00Z");

  @Test
  void aLetterShowsItsRecipientDateSubjectTextAndMessageId() throws IOException {
    byte[] pdf =
        new LetterPdf()
            .render(
                new Letter(
                    "Ada Lovelace",
                    "ada@example.org",
                    "Your statement",
                    "Dear Ada,\n\nyour balance is 42.",
                    "<1@rohrpost.test>",
                    DATE));

    String text = text(pdf);
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    assertThat(text)
        .contains("Ada Lovelace", "ada@example.org", "30 November 2026", "Your statement")
        .contains("Dear Ada,", "your balance is 42.", "<1@rohrpost.test>");
  }

  @Test
  void longTextIsWrappedAndContinuedOnMorePages() throws IOException {
    String paragraph = "word ".repeat(4_000) + "Supercalifragilistic".repeat(10);
    byte[] pdf =
        new LetterPdf().render(new Letter(null, "a@b.org", "Long", paragraph, "<2@x>", DATE));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(3);
    }
    assertThat(text(pdf).replaceAll("\\s", "")).contains("Supercalifragilistic".repeat(10));
  }

  @Test
  void charactersTheFontCannotShowArePrintedAsQuestionMarks() throws IOException {
    byte[] pdf =
        new LetterPdf()
            .render(new Letter("Zoë", "z@b.org", "Grüße 你好", "Ünïcödé ✓", "<3@x>", DATE));

    assertThat(text(pdf)).contains("Zoë", "Grüße ??", "Ünïcödé ?");
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
