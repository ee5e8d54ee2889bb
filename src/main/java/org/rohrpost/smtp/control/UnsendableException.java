package org.rohrpost.smtp.control;

import jakarta.mail.MessagingException;

/**
 * A message that cannot go over this connection, now or later, found before it went on the wire: an
 * address that can never be sent, or a non-ASCII local part where the relay does not offer
 * SMTPUTF8. It fails for good at once.
 */
final class UnsendableException extends MessagingException {
  private static final long serialVersionUID = 1L;

  UnsendableException(String reason) {
    super(reason);
  }
}
