package org.rohrpost.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.rohrpost.access.entity.Role;
import org.rohrpost.client.entity.Client;

/**
 * A person or application that signs in; the password is kept only as a PBKDF2 hash. A user bound
 * to a client sees that client only.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = User.BY_NAME, query = "select u from User u where u.username = :name")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
@NamedQuery(name = User.BY_API_KEY, query = "select u from User u where u.apiKeyHash = :hash")
public class User {
  public static final String BY_NAME = "User.byName";
  public static final String COUNT = "User.count";
  public static final String BY_API_KEY = "User.byApiKey";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String roles;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ManyToOne
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(name = "api_key_hash")
  private String apiKeyHash;

  protected User() {}

  /** A user of every client when {@code client} is null. */
  public User(String username, String passwordHash, Set<Role> roles, Client client) {
    this.username = username;
    this.client = client;
    this.passwordHash = passwordHash;
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.createdAt = Instant.now();
  }

  public String username() {
    return username;
  }

  public String passwordHash() {
    return passwordHash;
  }

  /** The same password, hashed anew (more iterations). */
  public void replacePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Set<Role> roles() {
    Set<Role> set = EnumSet.noneOf(Role.class);
    Arrays.stream(roles.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(set::add);
    return set;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * An application of one client that calls the API with a key (whose SHA-256 is {@code
   * apiKeyHash}); its password hash is of a password nobody knows, so it cannot sign in with one.
   */
  public static User application(
      String name, String unusablePasswordHash, Set<Role> roles, Client client, String apiKeyHash) {
    User user = new User(name, unusablePasswordHash, roles, client);
    user.apiKeyHash = apiKeyHash;
    return user;
  }

  public boolean isApplication() {
    return apiKeyHash != null;
  }

  /** An administrator bound to no client: one must always be left. */
  public boolean isAdministratorOfAll() {
    return client == null && roles().contains(Role.ADMIN);
  }

  /** The client this user is bound to, or null: every client. */
  public Client client() {
    return client;
  }
}
