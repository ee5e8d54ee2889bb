package org.rohrpost.generation.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.generation.control.Generations;

/**
 * Every few seconds: starts generating the scheduled batches whose send time has come. The first
 * round after start-up also restarts the generations a stopped server left unfinished.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DueBatches {
  private static final Logger LOG = Logger.getLogger(DueBatches.class.getName());

  @Inject Generations generations;
  private boolean interruptedResumed;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void queueDue() {
    try {
      if (!interruptedResumed) {
        generations.resumeInterrupted();
        interruptedResumed = true;
      }
      generations.queueDue();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Queueing due batches failed; the next round tries again", e);
    }
  }
}
