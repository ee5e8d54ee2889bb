package org.rohrpost.wizard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.rohrpost.batch.entity.Batch;
import org.rohrpost.communication.control.Communications;
import org.rohrpost.communication.entity.Communication;
import org.rohrpost.generation.control.Generations;
import org.rohrpost.population.control.Populations;
import org.rohrpost.problem.control.ForbiddenException;
import org.rohrpost.schedule.control.Schedules;
import org.rohrpost.schedule.entity.ScheduledTask;

/**
 * Saves a mailing in one transaction through the same controls the API calls: the uploaded
 * population, the communication (made, or redefined if it exists and was changed), then a batch now
 * or a scheduled task. Refused anywhere, nothing of it is kept.
 */
@ApplicationScoped
public class Mailings {
  @Inject Populations populations;
  @Inject Communications communications;
  @Inject Generations generations;
  @Inject Schedules schedules;

  /** What was made: a batch (sent now) or a scheduled task. */
  public record Saved(Batch batch, ScheduledTask task) {}

  /**
   * Saves the mailing for {@code owner}. One who may not define ({@code mayDefine} false: a
   * scheduler, as in the API, which lets only administrators make communications and populations
   * and send now) may only put an existing communication, unchanged, on a schedule.
   */
  @Transactional
  public Saved save(Mailing m, String owner, boolean mayDefine) {
    Communications.Definition d = m.communication();
    Communication existing = existing(m.client(), d.key());
    boolean defines = m.upload() != null || existing == null || !definitionOf(existing).equals(d);
    if (!mayDefine && (defines || m.schedule() == null)) {
      throw new ForbiddenException(
          "Only an administrator may define a communication or population or send now;"
              + " schedule an existing communication as it is.");
    }
    if (m.upload() != null) {
      populations.replace(m.client(), d.population(), m.upload());
    }
    if (existing == null) {
      communications.create(m.client(), d);
    } else if (!definitionOf(existing).equals(d)) {
      communications.update(m.client(), d.key(), d);
    }
    if (m.schedule() == null) {
      return new Saved(generations.schedule(m.client(), d.key(), null, null, owner), null);
    }
    return new Saved(null, schedules.create(m.client(), m.schedule(), owner));
  }

  /** The client's communication of that key, or null. */
  public Communication existing(String client, String key) {
    return communications.of(client).stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .orElse(null);
  }

  /** A communication's definition as a caller would give it, to start from or compare with. */
  public static Communications.Definition definitionOf(Communication c) {
    return new Communications.Definition(
        c.key(),
        c.messageSystem().key(),
        c.population().key(),
        c.template().subject(),
        c.template().html(),
        c.template().text(),
        c.bypassApproval(),
        c.approvers(),
        c.queueClass() == null ? null : c.queueClass().name());
  }
}
