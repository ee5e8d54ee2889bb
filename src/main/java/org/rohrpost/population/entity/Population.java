package org.rohrpost.population.entity;

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
import org.rohrpost.client.entity.Client;

/** A client's named list of recipients; an upload replaces its members whole. */
@Entity
@Table(name = "population")
public class Population {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "population_seq")
  @SequenceGenerator(name = "population_seq", sequenceName = "population_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(name = "population_key", nullable = false)
  private String key;

  @Column(nullable = false)
  private int size;

  @Column(nullable = false)
  private int invalid;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Population() {}

  public Population(Client client, String key) {
    this.client = client;
    this.key = key;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  /** Its members were replaced: {@code size} of them, {@code invalid} with a bad address. */
  public void replaced(int size, int invalid) {
    this.size = size;
    this.invalid = invalid;
    this.updatedAt = Instant.now();
  }

  public Long id() {
    return id;
  }

  public String key() {
    return key;
  }

  public int size() {
    return size;
  }

  public int invalid() {
    return invalid;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
