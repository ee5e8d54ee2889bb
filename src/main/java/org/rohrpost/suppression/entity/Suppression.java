package org.rohrpost.suppression.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.rohrpost.client.entity.Client;

/** An address a client does not send to; matched without regard to case. */
@Entity
@Table(name = "suppression")
public class Suppression {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suppression_seq")
  @SequenceGenerator(
      name = "suppression_seq",
      sequenceName = "suppression_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false)
  private String emailKey;

  private String reason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Suppression() {}

  public Suppression(Client client, String email, String reason) {
    this.client = client;
    this.email = email;
    this.emailKey = keyOf(email);
    this.reason = reason;
    this.createdAt = Instant.now();
  }

  /** The form addresses are matched in. */
  public static String keyOf(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  public String email() {
    return email;
  }

  public String reason() {
    return reason;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
