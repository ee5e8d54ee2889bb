package org.rohrpost.problem.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** The one rule for what counts as a sendable e-mail address. */
public final class EmailAddresses {
  private static final int MAX_LENGTH = 254;

  private EmailAddresses() {}

  public static boolean isValid(String address) {
    if (address == null
        || address.length() > MAX_LENGTH
        || !FieldErrors.isSingleLine(address)
        || address.isBlank()) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      String plain = parsed.getAddress();
      int at = plain.lastIndexOf('@');
      return plain.equals(address.strip())
          && parsed.getPersonal() == null
          && at > 0
          && plain.indexOf('.', at) > at + 1
          && !plain.endsWith(".");
    } catch (AddressException e) {
      return false;
    }
  }

  /** The form stored in the ledger and used for uniqueness: trimmed, domain in lower case. */
  public static String normalize(String address) {
    String plain = address.strip();
    int at = plain.lastIndexOf('@');
    return plain.substring(0, at) + plain.substring(at).toLowerCase(java.util.Locale.ROOT);
  }

  /** The part after the last {@code @}. */
  public static String domainOf(String address) {
    return address.substring(address.lastIndexOf('@') + 1);
  }
}
