package org.rohrpost.history.control;

import org.rohrpost.ledger.entity.Message;
import org.rohrpost.template.control.TemplateRenderer;
import org.rohrpost.validation.control.EmailAddresses;
import org.rohrpost.validation.control.FieldErrors;

/**
 * What an operator changes in a dead message before it goes again; a part left out stays as it was.
 */
public record Correction(String recipient, String name, String subject, String html, String text) {
  /** The corrected recipient, checked (errors recorded). */
  Message.Recipient recipientOf(Message original, FieldErrors errors) {
    boolean validRecipient = recipient == null || errors.email("recipient", recipient);
    if (name != null) {
      errors.maxLength("name", name, 200);
      errors.singleLine("name", name);
    }
    return new Message.Recipient(
        recipient != null && validRecipient
            ? EmailAddresses.normalize(recipient)
            : original.recipient(),
        name != null ? name : original.recipientName());
  }

  /** The corrected parts, checked (errors recorded). */
  Message.Rendered partsOf(Message original, FieldErrors errors) {
    if (subject != null) {
      errors.check(!subject.isBlank(), "subject", "must not be blank");
      errors.maxLength("subject", subject, TemplateRenderer.MAX_SUBJECT);
      errors.singleLine("subject", subject);
    }
    if (html != null) {
      errors.maxLength("html", html, TemplateRenderer.MAX_BODY);
    }
    if (text != null) {
      errors.maxLength("text", text, TemplateRenderer.MAX_BODY);
    }
    errors.check(
        recipient != null || name != null || subject != null || html != null || text != null,
        "",
        "nothing to correct: give recipient, name, subject, html or text");
    return new Message.Rendered(
        subject != null ? subject : original.subject(),
        html != null ? html : original.html(),
        text != null ? text : original.text());
  }
}
