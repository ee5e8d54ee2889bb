package org.rohrpost.unsubscribe.boundary;

/** The HTML a person sees behind an unsubscribe link; every value in it is escaped. */
final class UnsubscribePage {
  private UnsubscribePage() {}

  /** Asks before unsubscribing; the form posts the RFC 8058 body to the page's own address. */
  static String confirm(String email) {
    return page(
        "<p>Stop sending mail like this to <strong>"
            + escape(email)
            + "</strong>?</p>\n"
            + "<form method=\"post\">"
            + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">"
            + "<button type=\"submit\">Unsubscribe</button></form>");
  }

  static String refused(String reason) {
    return page("<p>" + escape(reason) + "</p>");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** No referrer, so the token does not travel on to other sites. */
  private static String page(String body) {
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        + "<meta name=\"referrer\" content=\"no-referrer\">"
        + "<meta name=\"robots\" content=\"noindex\">"
        + "<title>Unsubscribe</title></head>\n<body>\n"
        + body
        + "\n</body></html>\n";
  }
}
