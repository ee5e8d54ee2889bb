package org.rohrpost.communication.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.rohrpost.client.entity.Client;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.population.entity.Population;
import org.rohrpost.template.entity.Template;

/**
 * What to send to a population through a message system: its template, whether it needs an approval
 * (and who approves), and its queue class (the client's unless set).
 */
@Entity
@Table(name = "communication")
public class Communication {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "communication_seq")
  @SequenceGenerator(
      name = "communication_seq",
      sequenceName = "communication_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "client_id")
  private Client client;

  @Column(name = "communication_key", nullable = false)
  private String key;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "message_system_id")
  private MessageSystem messageSystem;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "population_id")
  private Population population;

  @Column(nullable = false)
  private String subject;

  @Column(name = "html_body")
  private String html;

  @Column(name = "text_body")
  private String text;

  @Column(name = "bypass_approval", nullable = false)
  private boolean bypassApproval;

  private String approvers;

  @Enumerated(EnumType.STRING)
  @Column(name = "queue_class")
  private QueueClass queueClass;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Communication() {}

  public Communication(Client client, String key, Parts parts) {
    this.client = client;
    this.key = key;
    this.createdAt = Instant.now();
    redefine(parts);
  }

  /** Takes a new definition (checked whole); batches generated from now on use it. */
  public void redefine(Parts parts) {
    this.messageSystem = parts.messageSystem();
    this.population = parts.population();
    this.subject = parts.template().subject();
    this.html = parts.template().html();
    this.text = parts.template().text();
    this.bypassApproval = parts.bypassApproval();
    this.approvers = parts.approvers().isEmpty() ? null : String.join(",", parts.approvers());
    this.queueClass = parts.queueClass();
  }

  /** The checked parts of a communication. */
  public record Parts(
      MessageSystem messageSystem,
      Population population,
      Template template,
      boolean bypassApproval,
      List<String> approvers,
      QueueClass queueClass) {}

  public Client client() {
    return client;
  }

  public String key() {
    return key;
  }

  public MessageSystem messageSystem() {
    return messageSystem;
  }

  public Population population() {
    return population;
  }

  public Template template() {
    return new Template(subject, html, text);
  }

  public boolean bypassApproval() {
    return bypassApproval;
  }

  public List<String> approvers() {
    return approvers == null ? List.of() : Arrays.asList(approvers.split(","));
  }

  /** The queue class its batches use: its own, or else the client's. */
  public QueueClass queueClass() {
    return queueClass != null ? queueClass : client.queueClass();
  }

  public Instant createdAt() {
    return createdAt;
  }
}
