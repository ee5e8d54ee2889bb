package org.rohrpost.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.access.boundary.Permissions;
import org.rohrpost.access.entity.Permission;
import org.rohrpost.access.entity.Role;
import org.rohrpost.client.control.Clients;
import org.rohrpost.client.entity.Client;
import org.rohrpost.problem.boundary.PageMessages;
import org.rohrpost.security.control.Users;
import org.rohrpost.security.entity.User;
import org.rohrpost.web.boundary.Posted;

/**
 * Users and their roles, for those the API lets manage users: a list, a form for a new user (the
 * password goes in and is never shown again), and removal. An administrator of one client sees and
 * makes users of that client only.
 */
@Named
@RequestScoped
public class UsersPage {
  @Inject Posted posted;
  @Inject Users users;
  @Inject Clients clients;
  @Inject Permissions permissions;
  @Inject PageMessages messages;

  private String username;
  private String password;
  private List<String> roles = new ArrayList<>();
  private String client;
  private List<User> shown;

  public String create() {
    try {
      permissions.require(Permission.ADMINISTER, "manage users");
      users.create(new Users.NewUser(username, password, roles, blankToNull(client)));
    } catch (RuntimeException refused) {
      messages.refused(refused);
      return null;
    }
    messages.afterRedirect("User '" + username + "' created.");
    return "/admin/users.xhtml?faces-redirect=true";
  }

  public String delete() {
    String name = posted.text("username");
    try {
      permissions.require(Permission.ADMINISTER, "manage users");
      users.delete(name);
    } catch (RuntimeException refused) {
      messages.refused(refused);
      return null;
    }
    messages.afterRedirect("User '" + name + "' removed.");
    return "/admin/users.xhtml?faces-redirect=true";
  }

  public boolean isManaging() {
    return permissions.allow(Permission.ADMINISTER);
  }

  public List<User> getUsers() {
    if (shown == null) {
      shown = isManaging() ? users.all() : List.of();
    }
    return shown;
  }

  public Role[] getAllRoles() {
    return Role.values();
  }

  /** The clients a new user may be bound to: for a user of one client, only that one. */
  public List<Client> getClients() {
    return clients.all();
  }

  /** Whether a new user may also be one of every client (only for a caller of every client). */
  public boolean isEveryClientOffered() {
    return clients.bound().isEmpty();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }

  public String getClient() {
    return client;
  }

  public void setClient(String client) {
    this.client = client;
  }
}
