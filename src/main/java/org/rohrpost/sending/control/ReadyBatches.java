package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Queues what a batch just made ready (and committed) has due, right away; should that fail, the
 * sweeper's next round does it, so nothing is lost.
 */
@ApplicationScoped
public class ReadyBatches {
  private static final Logger LOG = Logger.getLogger(ReadyBatches.class.getName());

  @Inject Bundler bundler;

  public void queue(long batchId) {
    try {
      bundler.bundleDue(batchId);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Batch " + batchId + " is saved; queueing it is left to the sweeper", e);
    }
  }
}
