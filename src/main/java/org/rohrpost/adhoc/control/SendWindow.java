package org.rohrpost.adhoc.control;

import java.time.Instant;
import org.rohrpost.validation.control.FieldErrors;

/**
 * When a message may go ({@code notBefore}) and until when ({@code expiresAt}): a request's, or a
 * recipient's own, each field defaulting to the request's. One rule checks both: the expiry lies in
 * the future and after the earliest send time.
 */
record SendWindow(Instant notBefore, Instant expiresAt) {
  static final SendWindow ANY_TIME = new SendWindow(null, null);

  /**
   * Reads a window whose absent fields are {@code inherited}'s; only what it sets itself is
   * checked, so that an error of the request is not reported again for each recipient.
   */
  static SendWindow read(
      String prefix,
      String notBeforeText,
      String expiresAtText,
      SendWindow inherited,
      Instant now,
      FieldErrors errors) {
    if (notBeforeText == null && expiresAtText == null) {
      return inherited;
    }
    Instant notBefore =
        notBeforeText == null
            ? inherited.notBefore()
            : errors.instant(prefix + "notBefore", notBeforeText);
    Instant expiresAt =
        expiresAtText == null
            ? inherited.expiresAt()
            : errors.instant(prefix + "expiresAt", expiresAtText);
    errors.check(
        expiresAt == null || expiresAt.isAfter(now), prefix + "expiresAt", "is in the past");
    errors.check(
        expiresAt == null || notBefore == null || expiresAt.isAfter(notBefore),
        prefix + "expiresAt",
        "must be after notBefore");
    return new SendWindow(notBefore, expiresAt);
  }
}
