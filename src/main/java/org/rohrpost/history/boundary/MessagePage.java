package org.rohrpost.history.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.rohrpost.access.boundary.Permissions;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.batch.control.Batches;
import org.rohrpost.history.control.Correction;
import org.rohrpost.history.control.MessageCopies;
import org.rohrpost.history.control.Resends;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.entity.Attempt;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.ledger.entity.MessageStatus;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.web.boundary.Posted;

/**
 * One message of the ledger with its attempts, as {@code GET /messages/{id}} shows it; operators
 * send it again as it was, or correct a dead one and resubmit it (the same controls and roles as
 * {@link MessagesResource}). The new message's page follows. The forms post the message's id along,
 * since the page has it only as a view parameter.
 */
@Named
@RequestScoped
public class MessagePage {
  @Inject Posted posted;
  @Inject MessageCopies copies;
  @Inject Resends resends;
  @Inject Batches batches;
  @Inject Ledger ledger;
  @Inject Permissions permissions;
  @Inject PageMessages messages;

  private Long id;
  private Message message;
  private List<Attempt> attempts;
  private String recipient;
  private String name;
  private String subject;
  private String html;
  private String text;

  /** The page's view action: says so when the page names no message, or one that is not there. */
  public void load() {
    if (id == null) {
      messages.error("No message named.");
    } else if (getMessage() == null) {
      messages.error("There is no message " + id + ".");
    }
  }

  public String resend() {
    if (!isResendable()) {
      return refusedHere();
    }
    return sent(null, "Sent again as message ");
  }

  /** Resubmits the dead message with what the form changed; a field left as it was stays. */
  public String correct() {
    if (!isCorrectable()) {
      return refusedHere();
    }
    Correction correction =
        new Correction(
            changed(recipient, message.recipient()),
            changed(name, message.recipientName()),
            changed(subject, message.subject()),
            changed(html, message.html()),
            changed(text, message.text()));
    return sent(correction, "Corrected and sent again as message ");
  }

  private String sent(Correction correction, String done) {
    try {
      Message copy = resends.resend(id, correction);
      messages.afterRedirect(done + copy.id() + " (batch " + copy.batchId() + ").");
      return "/admin/message.xhtml?faces-redirect=true&id=" + copy.id();
    } catch (RuntimeException refused) {
      messages.refused(refused);
      return null;
    }
  }

  private String refusedHere() {
    messages.error(
        getMessage() == null
            ? "There is no message " + id + "."
            : "This cannot be done to message " + id + " (" + message.status() + ") by you.");
    return null;
  }

  /** Null where the form left the original as it was (an empty field for a missing part too). */
  private static String changed(String entered, String original) {
    String was = original == null ? "" : original;
    String now = entered == null ? "" : entered;
    return Objects.equals(was, now) ? null : now;
  }

  /** As the API allows sending again (and correcting: the same roles). */
  private boolean mayAct() {
    return permissions.allow(Permission.OPERATE);
  }

  public boolean isResendable() {
    return getMessage() != null && mayAct() && message.maySendAgain();
  }

  public boolean isCorrectable() {
    return isResendable() && message.status() == MessageStatus.DEAD;
  }

  /**
   * The message, read once a request, also on a postback (where the view action does not run), if
   * its batch is one the user may see.
   */
  public Message getMessage() {
    if (id == null) {
      id = posted.id("id");
    }
    if (message == null && id != null) {
      try {
        Message found = copies.find(id);
        batches.get(found.batchId());
        message = found;
      } catch (NotFoundException e) {
        return null;
      }
    }
    return message;
  }

  public List<Attempt> getAttempts() {
    if (attempts == null) {
      attempts = getMessage() == null ? List.of() : ledger.attemptsOf(id);
    }
    return attempts;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getRecipient() {
    return recipient != null || getMessage() == null ? recipient : message.recipient();
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public String getName() {
    return name != null || getMessage() == null ? name : message.recipientName();
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSubject() {
    return subject != null || getMessage() == null ? subject : message.subject();
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getHtml() {
    return html != null || getMessage() == null ? html : message.html();
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public String getText() {
    return text != null || getMessage() == null ? text : message.text();
  }

  public void setText(String text) {
    this.text = text;
  }
}
