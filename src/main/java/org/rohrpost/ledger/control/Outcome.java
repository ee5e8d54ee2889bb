package org.rohrpost.ledger.control;

/** What one attempt to hand a message to its server came to. */
public record Outcome(Kind kind, String detail, boolean connectionLost) {

  /** How an attempt ended. */
  public enum Kind {
    /** Accepted by the server. */
    SENT,
    /** Refused for now (4xx, connection trouble): try again later. */
    TEMPORARY,
    /** Refused for good (5xx): do not try again. */
    PERMANENT
  }

  public static Outcome sent() {
    return new Outcome(Kind.SENT, null, false);
  }

  public static Outcome temporary(String detail, boolean connectionLost) {
    return new Outcome(Kind.TEMPORARY, detail, connectionLost);
  }

  public static Outcome permanent(String detail) {
    return new Outcome(Kind.PERMANENT, detail, false);
  }
}
