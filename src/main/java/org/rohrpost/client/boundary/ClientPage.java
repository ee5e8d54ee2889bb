package org.rohrpost.client.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.rohrpost.access.boundary.Permissions;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.problem.control.NotFoundException;
import org.rohrpost.web.boundary.Posted;

/**
 * One client's page: its settings; its message systems and suppressions have beans of their own,
 * which find the client here. Every form of the page posts the client's key along, since the page
 * has it only as a view parameter. Administrators only, as in the API.
 */
@Named
@RequestScoped
public class ClientPage {
  @Inject Posted posted;
  @Inject Clients clients;
  @Inject PageMessages messages;
  @Inject Permissions permissions;

  private String key;
  private Client client;

  /** The page's view action: says so when the page names no client, or one that is not there. */
  public void load() {
    if (!isAdmin()) {
      messages.error("Only administrators manage clients.");
    } else if (key == null) {
      messages.error("No client named.");
    } else if (getClient() == null) {
      messages.error("There is no client " + key + ".");
    }
  }

  /** Whether the caller manages clients: as the API lets it create one. */
  public boolean isAdmin() {
    return permissions.allow(Permission.ADMINISTER);
  }

  /** The client, read once a request (also on a postback); null if not there or not allowed. */
  public Client getClient() {
    if (key == null) {
      key = posted.text("key");
    }
    if (client == null && key != null && isAdmin()) {
      try {
        client = clients.get(key);
      } catch (NotFoundException e) {
        return null;
      }
    }
    return client;
  }

  /** Where a form of the page leads after it did its work. */
  public String again() {
    return "/admin/client.xhtml?faces-redirect=true&key="
        + URLEncoder.encode(key, StandardCharsets.UTF_8);
  }

  /** A field as the controls take it: left empty is left out (null). */
  public static String given(String field) {
    return field == null || field.isBlank() ? null : field;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }
}
