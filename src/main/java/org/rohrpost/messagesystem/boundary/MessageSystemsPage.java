package org.rohrpost.messagesystem.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.rohrpost.client.boundary.ClientPage;
import org.rohrpost.messagesystem.control.MessageSystems;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.messagesystem.entity.TlsMode;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.web.boundary.Posted;

/**
 * A client's message systems on its page, and a form to add one or change one (the page's {@code
 * change} parameter, posted along as a hidden field; not {@code system}, which is the form's own);
 * administrators only, as in the API. The password goes in and is never shown: not in the list, not
 * in the form again; left empty on a change, the stored one is kept.
 */
@Named
@RequestScoped
public class MessageSystemsPage {
  @Inject MessageSystems systems;
  @Inject ClientPage clientPage;
  @Inject PageMessages messages;
  @Inject Posted posted;

  private List<MessageSystem> shown;
  private String editing;
  private String key;
  private String type = MessageSystemType.SMTP.name();
  private String host;
  private Integer port;
  private String tls;
  private String username;
  private String password;
  private String from;
  private Double ratePerSecond;
  private String printer;
  private String server;

  public String create() {
    if (clientPage.getClient() == null) {
      messages.error("Only administrators manage message systems.");
      return null;
    }
    return saved(() -> systems.create(clientPage.getKey(), definition(key, type)), "added");
  }

  /** The view action: fills the form in from the system to change, if the page names one. */
  public void edit() {
    MessageSystem system = systemToChange();
    if (system == null) {
      return;
    }
    key = system.key();
    type = system.type().name();
    ratePerSecond = system.ratePerSecond();
    if (system.isPrinter()) {
      printer = system.printer().printer() == null ? null : system.printer().printer().toString();
      server = system.server();
    } else {
      host = system.smtp().host();
      port = system.smtp().port();
      tls = system.smtp().tls().name();
      username = system.smtp().username();
      from = system.smtp().from();
    }
  }

  public String update() {
    if (systemToChange() == null) {
      return null;
    }
    return saved(
        () -> systems.update(clientPage.getKey(), editing, definition(null, null)), "changed");
  }

  /**
   * Saves, says so after the redirect to the client's page, or says why not; forgets the password.
   */
  private String saved(Supplier<MessageSystem> saving, String done) {
    try {
      MessageSystem system = saving.get();
      messages.afterRedirect("Message system " + system.key() + " " + done + ".");
      return clientPage.again();
    } catch (RuntimeException refused) {
      messages.refused(refused);
      return null;
    } finally {
      password = null;
    }
  }

  /** The system the page changes, or null (with a message when it names one not there). */
  private MessageSystem systemToChange() {
    if (getEditing() == null || clientPage.getClient() == null) {
      return null;
    }
    return getSystems().stream()
        .filter(m -> m.key().equals(editing))
        .findFirst()
        .orElseGet(
            () -> {
              messages.error("There is no message system " + editing + ".");
              editing = null;
              return null;
            });
  }

  /** The key of the system the form changes, null when it adds one. */
  public String getEditing() {
    if (editing == null) {
      editing = ClientPage.given(posted.text("change"));
    }
    return editing;
  }

  public void setEditing(String editing) {
    this.editing = ClientPage.given(editing);
  }

  /** What the form asks for; on a change its key and type are the system's, not the form's. */
  private MessageSystems.Definition definition(String key, String type) {
    return new MessageSystems.Definition(
        ClientPage.given(key),
        ClientPage.given(type),
        ClientPage.given(host),
        port,
        ClientPage.given(tls),
        ClientPage.given(username),
        ClientPage.given(password),
        ClientPage.given(from),
        ratePerSecond,
        null,
        ClientPage.given(printer),
        ClientPage.given(server));
  }

  public List<MessageSystem> getSystems() {
    if (shown == null) {
      shown = clientPage.getClient() == null ? List.of() : systems.of(clientPage.getClient());
    }
    return shown;
  }

  public List<String> getTypes() {
    return Arrays.stream(MessageSystemType.values()).map(Enum::name).toList();
  }

  public List<String> getTlsModes() {
    return Arrays.stream(TlsMode.values()).map(Enum::name).toList();
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public Integer getPort() {
    return port;
  }

  public void setPort(Integer port) {
    this.port = port;
  }

  public String getTls() {
    return tls;
  }

  public void setTls(String tls) {
    this.tls = tls;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** Write-only: the form never shows a password again. */
  public String getPassword() {
    return null;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public Double getRatePerSecond() {
    return ratePerSecond;
  }

  public void setRatePerSecond(Double ratePerSecond) {
    this.ratePerSecond = ratePerSecond;
  }

  public String getPrinter() {
    return printer;
  }

  public void setPrinter(String printer) {
    this.printer = printer;
  }

  public String getServer() {
    return server;
  }

  public void setServer(String server) {
    this.server = server;
  }
}
