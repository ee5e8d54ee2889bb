package org.rohrpost.validation.control;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Set;

/**
 * A sender as a message system has it (ADR 24): an address by {@link EmailAddresses}' rule, alone
 * or with a display name ({@code ACME News <news@acme.example>}, quoted or not, any Unicode text
 * but line breaks and control characters). The mail API reads the name (unquoted, RFC 2047 words
 * decoded); the address is checked by the one rule. A name that is not ASCII goes out RFC 2047
 * encoded.
 */
public record Mailbox(String name, String address) {
  /** Why {@code value} is no sender address, or null when it is one. */
  public static String problem(String value) {
    try {
      parse(value);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * The sender {@code value} names, its address {@link EmailAddresses#normalize normalised}; an
   * {@link IllegalArgumentException} saying why when it names none.
   */
  public static Mailbox parse(String value) {
    String plain = value == null ? "" : value.strip();
    if (plain.indexOf('<') < 0) {
      return new Mailbox(null, checked(plain));
    }
    int refused = EmailAddresses.firstOf(plain, EmailAddresses.NEVER_IN_HEADERS, Set.of());
    if (refused >= 0) {
      throw new IllegalArgumentException(
          String.format("holds U+%04X, which no sender may hold", refused));
    }
    if (!plain.endsWith(">")) {
      throw new IllegalArgumentException("is neither an address nor a name and <address>");
    }
    try {
      InternetAddress named = new InternetAddress(plain, true);
      String name = named.getPersonal();
      return new Mailbox(name == null || name.isBlank() ? null : name, checked(named.getAddress()));
    } catch (AddressException e) {
      throw new IllegalArgumentException("is neither an address nor a name and <address>", e);
    }
  }

  private static String checked(String address) {
    String problem = EmailAddresses.problem(address);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return EmailAddresses.normalize(address);
  }

  /** The address as it goes on the wire: in {@code MAIL FROM} and in the From header. */
  public String wireAddress() {
    return EmailAddresses.wireForm(address);
  }
}
