package org.rohrpost.unsubscribe.control;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.rohrpost.validation.control.Mailbox;

/**
 * The unsubscribe links of one message: the HTTPS link that mail providers POST to for one click
 * (RFC 8058), and a mailto link to the sender for those that only write mail (RFC 2369).
 */
public record ListUnsubscribe(String url, String mailto) {
  static final String PATH = "/api/v1/unsubscribe/";

  /** {@code from}: the message system's sender, perhaps with a display name. */
  static ListUnsubscribe of(String publicUrl, String from, String token) {
    return new ListUnsubscribe(
        publicUrl + PATH + token,
        "mailto:"
            + mailtoAddress(Mailbox.parse(from).wireAddress())
            + "?subject=unsubscribe%20"
            + token);
  }

  /** The value of the {@code List-Unsubscribe} header, the HTTPS link first. */
  public String header() {
    return "<" + url + ">, <" + mailto + ">";
  }

  /** An address as a mailto URI holds it: characters like {@code + ? % #} percent-encoded. */
  private static String mailtoAddress(String address) {
    int at = address.lastIndexOf('@');
    return encode(address.substring(0, at)) + "@" + encode(address.substring(at + 1));
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
