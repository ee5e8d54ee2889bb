package org.rohrpost.population.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One recipient of a population, in upload order; {@code data} is what templates see as {@code
 * {{data.field}}} (JSON). A member with an {@code invalidReason} is kept to be skipped, not sent.
 */
@Entity
@Table(name = "population_member")
public class PopulationMember {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "population_member_seq")
  @SequenceGenerator(
      name = "population_member_seq",
      sequenceName = "population_member_seq",
      allocationSize = 500)
  private Long id;

  @Column(name = "population_id", nullable = false)
  private long populationId;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String email;

  private String name;

  private String data;

  @Column(name = "invalid_reason")
  private String invalidReason;

  protected PopulationMember() {}

  public PopulationMember(long populationId, int position, Row row) {
    this.populationId = populationId;
    this.position = position;
    this.email = row.email();
    this.name = row.name();
    this.data = row.dataJson();
    this.invalidReason = row.invalidReason();
  }

  /** A checked row of an upload. */
  public record Row(String email, String name, String dataJson, String invalidReason) {}

  public int position() {
    return position;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  public String data() {
    return data;
  }

  public String invalidReason() {
    return invalidReason;
  }
}
