package org.rohrpost.history.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.history.control.HistoryRetention;

/** Every ten minutes: deletes the finished batches whose clients' history retention has passed. */
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistorySweeper {
  private static final Logger LOG = Logger.getLogger(HistorySweeper.class.getName());

  @Inject HistoryRetention retention;

  @Schedule(hour = "*", minute = "*/10", persistent = false)
  void sweep() {
    try {
      int deleted = 0;
      int round;
      do {
        round = retention.purge(Instant.now());
        deleted += round;
      } while (round == HistoryRetention.BATCHES_PER_ROUND);
      if (deleted > 0) {
        LOG.info("Deleted " + deleted + " finished batches whose history retention had passed");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Deleting old history failed; the next round tries again", e);
    }
  }
}
