package org.rohrpost.sending.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
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
  @Resource ManagedExecutorService executor;

  /**
   * Like {@link #queue}, on another thread: for a message listener, whose resource adapter may tie
   * the JMS sends of its thread to the delivery in hand (a signal lost, or sent twice, was seen).
   */
  public void queueSoon(long batchId) {
    executor.execute(() -> queue(batchId));
  }

  public void queue(long batchId) {
    try {
      bundler.bundleDue(batchId);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Batch " + batchId + " is saved; queueing it is left to the sweeper", e);
    }
  }
}
