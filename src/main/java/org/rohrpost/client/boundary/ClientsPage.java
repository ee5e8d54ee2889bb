package org.rohrpost.client.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.rohrpost.access.boundary.Permissions;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.OnTheWire;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.problem.boundary.PageMessages;

/**
 * The clients page: all clients, and a form to create one (administrators only, as in the API). A
 * refused client says why and keeps what was entered.
 */
@Named
@RequestScoped
public class ClientsPage {
  @Inject Clients clients;
  @Inject PageMessages messages;
  @Inject Permissions permissions;

  private List<Client> shown;
  private String key;
  private String name;
  private String queueClass = QueueClass.NORMAL.name();
  private String server;
  private String messageLifetime;
  private String historyRetention;
  private boolean deleteOnSuccess;
  private String onTheWire = OnTheWire.RESEND.name();

  /** The page's view action: says so to a user who may not manage clients. */
  public void load() {
    if (!isAdmin()) {
      messages.error("Only administrators manage clients.");
    }
  }

  public String create() {
    if (!isAdmin()) {
      messages.error("Only administrators manage clients.");
      return null;
    }
    try {
      Client created =
          clients.create(
              new Clients.Definition(
                  ClientPage.given(key),
                  ClientPage.given(name),
                  ClientPage.given(queueClass),
                  ClientPage.given(server),
                  ClientPage.given(messageLifetime),
                  ClientPage.given(historyRetention),
                  deleteOnSuccess,
                  ClientPage.given(onTheWire)));
      messages.afterRedirect("Client " + created.key() + " created.");
      return "/admin/clients.xhtml?faces-redirect=true";
    } catch (RuntimeException refused) {
      messages.refused(refused);
      return null;
    }
  }

  /** Whether the caller manages clients: as the API lets it create one. */
  public boolean isAdmin() {
    return permissions.allow(Permission.ADMINISTER);
  }

  public List<Client> getClients() {
    if (shown == null) {
      shown = isAdmin() ? clients.all() : List.of();
    }
    return shown;
  }

  public List<String> getQueueClasses() {
    return Arrays.stream(QueueClass.values()).map(Enum::name).toList();
  }

  public List<String> getOnTheWireChoices() {
    return Arrays.stream(OnTheWire.values()).map(Enum::name).toList();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getQueueClass() {
    return queueClass;
  }

  public void setQueueClass(String queueClass) {
    this.queueClass = queueClass;
  }

  public String getServer() {
    return server;
  }

  public void setServer(String server) {
    this.server = server;
  }

  public String getMessageLifetime() {
    return messageLifetime;
  }

  public void setMessageLifetime(String messageLifetime) {
    this.messageLifetime = messageLifetime;
  }

  public String getHistoryRetention() {
    return historyRetention;
  }

  public void setHistoryRetention(String historyRetention) {
    this.historyRetention = historyRetention;
  }

  public boolean isDeleteOnSuccess() {
    return deleteOnSuccess;
  }

  public void setDeleteOnSuccess(boolean deleteOnSuccess) {
    this.deleteOnSuccess = deleteOnSuccess;
  }

  public String getOnTheWire() {
    return onTheWire;
  }

  public void setOnTheWire(String onTheWire) {
    this.onTheWire = onTheWire;
  }
}
