package org.rohrpost.problem.control;

import java.util.Optional;

/**
 * A request body that grew past its limit while it was read: answered 413, and nothing is changed
 * (it is unchecked, so the transaction reading the body rolls back).
 */
public class BodyTooLargeException extends RuntimeException {
  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The body is larger than " + BodyLimits.describe(limit) + ".");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  /** This exception among {@code e} and its causes (a parser wraps what its stream throws). */
  public static Optional<BodyTooLargeException> in(Throwable e) {
    return Causes.find(e, BodyTooLargeException.class);
  }
}
