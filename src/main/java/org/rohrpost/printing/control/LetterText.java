package org.rohrpost.printing.control;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The text a letter prints: a message's text part, or else its HTML part read as text. */
public final class LetterText {
  private LetterText() {}

  public static String of(String text, String html) {
    if (text != null && !text.isBlank()) {
      return text;
    }
    if (html == null) {
      return "";
    }
    Document document = Jsoup.parse(html);
    document.select("p, div, h1, h2, h3, h4, h5, h6, li, tr").after("\\n\\n");
    return document.wholeText().replace("\\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }
}
