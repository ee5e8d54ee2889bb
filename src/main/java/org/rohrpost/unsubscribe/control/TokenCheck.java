package org.rohrpost.unsubscribe.control;

/** What a presented unsubscribe token is worth: the client and address only when it is valid. */
public record TokenCheck(Result result, String client, String email) {
  static final TokenCheck INVALID = new TokenCheck(Result.INVALID, null, null);
  static final TokenCheck EXPIRED = new TokenCheck(Result.EXPIRED, null, null);

  /** Expired is told apart from invalid only for tokens that we did sign. */
  public enum Result {
    VALID,
    EXPIRED,
    INVALID
  }

  static TokenCheck valid(String client, String email) {
    return new TokenCheck(Result.VALID, client, email);
  }
}
