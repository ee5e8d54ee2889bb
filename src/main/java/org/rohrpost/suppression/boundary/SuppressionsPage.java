package org.rohrpost.suppression.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rohrpost.client.boundary.ClientPage;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.suppression.control.Suppressions;
import org.rohrpost.suppression.entity.Suppression;
import org.rohrpost.web.boundary.Posted;

/**
 * A client's suppression list on its page: adding an address, removing one (administrators only, as
 * in the API). A row's remove button posts the address along in a form of its own.
 */
@Named
@RequestScoped
public class SuppressionsPage {
  @Inject Posted posted;
  @Inject Suppressions suppressions;
  @Inject ClientPage clientPage;
  @Inject PageMessages messages;

  private List<Suppression> shown;
  private String email;
  private String reason;

  public String add() {
    if (clientPage.getClient() == null) {
      messages.error("Only administrators manage suppressions.");
      return null;
    }
    try {
      Suppression added =
          suppressions.add(clientPage.getKey(), ClientPage.given(email), ClientPage.given(reason));
      messages.afterRedirect(added.email() + " is suppressed.");
      return clientPage.again();
    } catch (RuntimeException refused) {
      messages.refused(refused);
      return null;
    }
  }

  /** Removes the address the row's form posted as {@code email}. */
  public String remove() {
    String address = posted.text("email");
    if (clientPage.getClient() == null) {
      messages.error("Only administrators manage suppressions.");
      return null;
    }
    try {
      suppressions.remove(clientPage.getKey(), address);
      messages.afterRedirect(address + " is no longer suppressed.");
      return clientPage.again();
    } catch (RuntimeException refused) {
      messages.refused(refused);
      return null;
    }
  }

  public List<Suppression> getSuppressions() {
    if (shown == null) {
      shown = clientPage.getClient() == null ? List.of() : suppressions.of(clientPage.getKey());
    }
    return shown;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
