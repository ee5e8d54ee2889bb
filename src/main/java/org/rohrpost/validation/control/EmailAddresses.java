package org.rohrpost.validation.control;

import com.sanctionco.jmail.EmailValidationResult;
import com.sanctionco.jmail.EmailValidator;
import com.sanctionco.jmail.JMail;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for e-mail addresses (ADR 24), at every way in and on the way out. An address is a
 * plain address (no display name, comment, quoted whitespace trick or source route) that JMail's
 * strict validator accepts; it holds no control, invisible or non-ASCII space character, no lone
 * surrogate and no unassigned or private-use code point; its domain has an ASCII form (IDNA, by
 * {@link IDN}); and on the wire it keeps to RFC 5321: at most 64 octets of local part, 255 of
 * domain, 254 in all. It is stored {@link #normalize normalised} and sent in its {@link #wireForm}.
 */
public final class EmailAddresses {
  static final int MAX_LOCAL_PART = 64;
  static final int MAX_DOMAIN = 255;
  static final int MAX_ADDRESS = 254;

  private static final String ALONE =
      "must be the address alone, without a display name or comment";
  private static final int IDN_FLAGS = IDN.ALLOW_UNASSIGNED | IDN.USE_STD3_ASCII_RULES;

  /** What no text that goes into a header may hold. */
  static final Set<Integer> NEVER_IN_HEADERS =
      Set.of(
          (int) Character.CONTROL,
          (int) Character.SURROGATE,
          (int) Character.LINE_SEPARATOR,
          (int) Character.PARAGRAPH_SEPARATOR,
          (int) Character.UNASSIGNED,
          (int) Character.PRIVATE_USE);

  /** What no address may hold besides: invisible characters and spaces but the ASCII one. */
  private static final Set<Integer> NEVER_IN_ADDRESSES =
      Set.of((int) Character.FORMAT, (int) Character.SPACE_SEPARATOR);

  /** JMail's strict rules (no IP literal or dotless domain, no source route), and no extras. */
  private static final EmailValidator SYNTAX =
      JMail.strictValidator()
          .disallowObsoleteWhitespace()
          .withRule(email -> !email.hasIdentifier() && email.comments().isEmpty(), ALONE);

  private EmailAddresses() {}

  public static boolean isValid(String address) {
    return problem(address) == null;
  }

  /** Why the address can never be sent, or null when it can (blanks around it aside). */
  public static String problem(String address) {
    if (address == null || address.isBlank()) {
      return "is empty";
    }
    String plain = address.strip();
    int refused = firstOf(plain, NEVER_IN_HEADERS, NEVER_IN_ADDRESSES);
    if (refused >= 0) {
      return String.format(
          "holds U+%04X, which no address may hold (a control, invisible or space character,"
              + " a lone surrogate, or an unassigned or private-use code point)",
          refused);
    }
    EmailValidationResult syntax = SYNTAX.validate(plain);
    if (!syntax.isSuccess()) {
      return syntax.getFailureReason().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    return wireProblem(localPart(plain), domainOf(plain));
  }

  /** What keeps a syntactically sound address off the wire: its domain's ASCII form, lengths. */
  private static String wireProblem(String localPart, String domain) {
    if (domain.indexOf('ß') >= 0 || domain.indexOf('ς') >= 0) {
      // IDNA 2003 (java.net.IDN) maps them to "ss" and "σ", IDNA 2008 keeps them
      return "has ß or ς in its domain, which the two standards for international domain names"
          + " send to different domains";
    }
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN_FLAGS);
    } catch (IllegalArgumentException e) {
      return "has a domain that is no valid international domain name";
    }
    for (String label : ascii.split("\\.")) {
      if (label.regionMatches(true, 0, "xn--", 0, 4)
          && IDN.toUnicode(label, IDN_FLAGS).equals(label)) {
        return "has a domain label that is not valid punycode (" + label + ")";
      }
    }
    int localOctets = localPart.getBytes(StandardCharsets.UTF_8).length;
    if (localOctets > MAX_LOCAL_PART) {
      return "local part too long";
    }
    if (ascii.length() > MAX_DOMAIN) {
      return "domain too long";
    }
    if (localOctets + 1 + ascii.length() > MAX_ADDRESS) {
      return "address too long";
    }
    return null;
  }

  /**
   * The form of a valid address that is stored, compared and shown: trimmed, the local part as
   * typed (in Unicode's composed form, NFC), the domain in lower-case Unicode however it was typed
   * ({@code Bücher.example} and {@code xn--bcher-kva.example} are both {@code bücher.example}).
   */
  public static String normalize(String address) {
    String plain = address.strip();
    String domain = IDN.toUnicode(IDN.toASCII(domainOf(plain), IDN_FLAGS), IDN_FLAGS);
    return Normalizer.normalize(localPart(plain), Normalizer.Form.NFC)
        + "@"
        + domain.toLowerCase(Locale.ROOT);
  }

  /** A valid address as it goes on the wire (envelope and headers): its domain in ASCII. */
  public static String wireForm(String address) {
    String plain = address.strip();
    return localPart(plain) + "@" + IDN.toASCII(domainOf(plain), IDN_FLAGS);
  }

  /** Whether the address can only be sent under SMTPUTF8: its local part is not ASCII. */
  public static boolean needsSmtpUtf8(String address) {
    return !localPart(address.strip()).chars().allMatch(c -> c < 0x80);
  }

  /** The part after the last {@code @}. */
  public static String domainOf(String address) {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  private static String localPart(String address) {
    return address.substring(0, address.lastIndexOf('@'));
  }

  /**
   * The first code point of {@code text} of a type in {@code types} or {@code more} (the ASCII
   * space aside), or -1. A lone surrogate counts as a code point of its own.
   */
  static int firstOf(String text, Set<Integer> types, Set<Integer> more) {
    return text.codePoints()
        .filter(c -> c != ' ')
        .filter(c -> types.contains(Character.getType(c)) || more.contains(Character.getType(c)))
        .findFirst()
        .orElse(-1);
  }
}
