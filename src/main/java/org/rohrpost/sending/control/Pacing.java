package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.sending.entity.Pace;
import org.rohrpost.server.control.SharedRows;

/**
 * Cluster-wide rates: the TRICKLE class's ({@code ROHRPOST_TRICKLE_RATE}) and each message system's
 * own ({@code ratePerSecond}, its relay's allowance). Before each message a worker held to a rate
 * takes that rate's next slot and waits for it.
 */
@ApplicationScoped
public class Pacing {
  @PersistenceContext EntityManager em;
  @Inject SharedRows rows;
  @Inject DispatchSettings settings;

  /** A rate: the pace row that keeps it, and messages a second. */
  public record Rate(String pace, double perSecond) {}

  /** The rates mail of this class and message system is held to (none, one or both). */
  public List<Rate> ratesOf(QueueClass queueClass, long messageSystemId, Double systemRate) {
    List<Rate> rates = new ArrayList<>(2);
    if (queueClass == QueueClass.TRICKLE) {
      rates.add(new Rate(Pace.ofClass(queueClass), settings.trickleRate()));
    }
    if (systemRate != null) {
      rates.add(new Rate(Pace.ofMessageSystem(messageSystemId), systemRate));
    }
    return rates;
  }

  /**
   * Takes the next slot of each rate (always in the order {@link #ratesOf} gives, so that two
   * workers never wait for each other's locks crosswise): the message may go at the latest.
   */
  @Transactional
  public Instant nextSlot(List<Rate> rates) {
    Instant now = Instant.now();
    Instant at = now;
    for (Rate rate : rates) {
      Pace pace = rows.ensure(Pace.class, rate.pace(), () -> new Pace(rate.pace()));
      em.refresh(pace, LockModeType.PESSIMISTIC_WRITE);
      Instant slot = pace.take(now, rate.perSecond());
      if (slot.isAfter(at)) {
        at = slot;
      }
    }
    return at;
  }
}
