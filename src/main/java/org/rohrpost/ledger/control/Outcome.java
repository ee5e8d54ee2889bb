package org.rohrpost.ledger.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one attempt to hand a message to its server came to: the SMTP reply code (or -1 when there
 * was no reply: a connection failure) and the reply's text, or the failure's.
 */
public record Outcome(Kind kind, int replyCode, String detail, boolean connectionLost) {
  /** An RFC 3463 enhanced status code at the start of a reply's text, after its basic code. */
  private static final Pattern ENHANCED =
      Pattern.compile("^(?:\\d{3}[ -])?([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

  /** How an attempt ended. */
  public enum Kind {
    /** Accepted by the server. */
    SENT,
    /** Refused for now (4xx, connection trouble): try again later. */
    TEMPORARY,
    /** Refused for good (5xx): do not try again. */
    PERMANENT,
    /**
     * The server asked to slow down (421, 454): not the message's fault, so not counted against its
     * attempts; its message system pauses.
     */
    THROTTLED,
    /**
     * Its server stopped while the message was on the wire: whether the relay took it is unknown.
     * Recorded by whoever finds it; the client's policy decides whether it goes again.
     */
    INTERRUPTED
  }

  public static Outcome sent(int replyCode, String reply) {
    return new Outcome(Kind.SENT, replyCode, reply, false);
  }

  public static Outcome temporary(int replyCode, String detail, boolean connectionLost) {
    return new Outcome(Kind.TEMPORARY, replyCode, detail, connectionLost);
  }

  public static Outcome permanent(int replyCode, String detail) {
    return new Outcome(Kind.PERMANENT, replyCode, detail, false);
  }

  public static Outcome throttled(int replyCode, String detail, boolean connectionLost) {
    return new Outcome(Kind.THROTTLED, replyCode, detail, connectionLost);
  }

  /** The message was found on the wire after its server stopped. */
  public static Outcome interrupted(String detail) {
    return new Outcome(Kind.INTERRUPTED, -1, detail, false);
  }

  /** The enhanced status code of the reply (such as 5.1.1), or null if it has none. */
  public String enhancedStatus() {
    if (detail == null) {
      return null;
    }
    Matcher m = ENHANCED.matcher(detail.strip());
    return m.find() ? m.group(1) : null;
  }
}
