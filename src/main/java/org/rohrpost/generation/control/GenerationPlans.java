package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.sql.DataSource;
import org.rohrpost.client.entity.Client;
import org.rohrpost.ledger.entity.Message;
import org.rohrpost.messagesystem.entity.MessageSystem;
import org.rohrpost.messagesystem.entity.MessageSystemType;
import org.rohrpost.template.control.TemplateRenderer;
import org.rohrpost.template.entity.Template;
import org.rohrpost.validation.control.FieldErrors;

/** Reads a batch's generation plan from its communication. */
@ApplicationScoped
public class GenerationPlans {
  private static final String PLAN =
      "select b.client_id, c.population_id, c.subject, c.html_body, c.text_body,"
          + " s.from_address, (select coalesce(max(m.position), 0) from population_member m"
          + " where m.population_id = c.population_id), b.expires_at,"
          + " k.message_lifetime_seconds, s.type, b.generated_through, b.trace_context from batch b"
          + " join communication c on c.id = b.communication_id"
          + " join client k on k.id = b.client_id"
          + " join message_system s on s.id = b.message_system_id where b.id = ?";

  @Inject DataSource dataSource;

  public GenerationPlan load(long batchId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(PLAN)) {
      select.setLong(1, batchId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("Batch " + batchId + " has no communication to generate");
        }
        Template template = new Template(row.getString(3), row.getString(4), row.getString(5));
        FieldErrors errors = new FieldErrors();
        TemplateRenderer renderer = TemplateRenderer.compile(template, errors);
        errors.throwIfAny();
        OffsetDateTime batchExpiry = row.getObject(8, OffsetDateTime.class);
        long lifetime = row.getLong(9);
        Instant expiresAt =
            Client.expiry(
                Instant.now(),
                batchExpiry == null ? null : batchExpiry.toInstant(),
                row.wasNull() ? null : Duration.ofSeconds(lifetime));
        Message.Delivery delivery =
            new Message.Delivery(
                Message.DEFAULT_MAX_ATTEMPTS,
                null,
                expiresAt,
                MessageSystem.messageIdDomain(
                    MessageSystemType.valueOf(row.getString(10)), row.getString(6)));
        return new GenerationPlan(
            batchId,
            row.getLong(1),
            row.getLong(2),
            row.getInt(7),
            row.getInt(11),
            template,
            renderer,
            delivery,
            row.getString(12));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the plan of batch " + batchId, e);
    }
  }
}
