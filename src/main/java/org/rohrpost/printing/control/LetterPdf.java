package org.rohrpost.printing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a {@link Letter} as an A4 PDF (Apache PDFBox): the recipient and date at the top, the
 * subject in bold, the text wrapped to the page and continued on as many pages as it needs. The
 * standard PDF fonts are used, so nothing is embedded; a character they cannot show is printed as
 * "?".
 */
public final class LetterPdf {
  private static final float MARGIN = 56;
  private static final float SIZE = 11;
  private static final float LEADING = 15;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  public byte[] render(Letter letter) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Pages pages = new Pages(document);
      if (letter.recipientName() != null && !letter.recipientName().isBlank()) {
        pages.line(regular, SIZE, letter.recipientName());
      }
      pages.line(regular, SIZE, letter.recipient());
      pages.gap();
      pages.line(regular, SIZE, DATE.format(letter.date()));
      pages.gap();
      for (String line : wrap(bold, 13, letter.subject() == null ? "" : letter.subject())) {
        pages.line(bold, 13, line);
      }
      pages.gap();
      for (String paragraph : (letter.text() == null ? "" : letter.text()).split("\r?\n", -1)) {
        for (String line : wrap(regular, SIZE, paragraph)) {
          pages.line(regular, SIZE, line);
        }
      }
      pages.footer(regular, letter.messageId());
      pages.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot render the letter to PDF", e);
    }
  }

  /** The text broken into lines that fit the page width (a word longer than a line is cut). */
  List<String> wrap(PDType1Font font, float size, String text) {
    String printable = printable(font, text);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : printable.split(" ", -1)) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(font, size, candidate) <= WIDTH) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (width(font, size, word) > WIDTH) {
        int cut = word.length() - 1;
        while (cut > 1 && width(font, size, word.substring(0, cut)) > WIDTH) {
          cut--;
        }
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** The text with every character the font cannot show replaced by "?" (and tabs by spaces). */
  static String printable(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              String s = c == '\t' ? " " : new String(Character.toChars(c));
              try {
                font.encode(s);
                out.append(s);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static float width(PDType1Font font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes lines down the page, starting a new page when one is full. */
  private static final class Pages {
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    Pages(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void line(PDType1Font font, float size, String text) throws IOException {
      if (y < MARGIN + LEADING) {
        newPage();
      }
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(MARGIN, y);
      content.showText(text);
      content.endText();
      y -= LEADING;
    }

    void gap() {
      y -= LEADING;
    }

    void footer(PDType1Font font, String text) throws IOException {
      content.beginText();
      content.setFont(font, 7);
      content.newLineAtOffset(MARGIN, MARGIN / 2);
      content.showText(printable(font, text));
      content.endText();
    }

    void close() throws IOException {
      content.close();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }
  }
}
