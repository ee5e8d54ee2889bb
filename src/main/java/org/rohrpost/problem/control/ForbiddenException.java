package org.rohrpost.problem.control;

/** Something the caller's role or binding to a client does not allow; answered with 403. */
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
