package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.rohrpost.batch.control.BatchLeases;
import org.rohrpost.batch.control.JobEnded;
import org.rohrpost.batch.control.Jobs;
import org.rohrpost.batch.control.SendConfigurationRequested;

/**
 * Runs the {@value #JOB} job that cuts a generated batch into bundles, and finishes the batch's
 * configuration when it ends. Should the job fail or this server stop, the sweeper finishes the
 * configuration instead; while the job runs here, the sweeper leaves the batch alone.
 */
@ApplicationScoped
public class SendConfiguration {
  public static final String JOB = "send-configure";
  private static final Logger LOG = Logger.getLogger(SendConfiguration.class.getName());

  @Inject Bundler bundler;
  @Inject Jobs jobs;
  @Inject BatchLeases leases;

  void start(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SendConfigurationRequested request) {
    if (!leases.take(request.batchId())) {
      return; // another server configures it
    }
    try {
      jobs.start(JOB, request.batchId());
    } catch (RuntimeException e) {
      leases.release(request.batchId());
      throw e;
    }
  }

  void ended(@Observes JobEnded ended) {
    if (!JOB.equals(ended.job())) {
      return;
    }
    leases.release(ended.batchId());
    if (ended.outcome() == JobEnded.Outcome.FAILED) {
      LOG.warning(
          "Configuring batch "
              + ended.batchId()
              + " failed ("
              + ended.failure()
              + "); the sweeper"
              + " finishes it");
    }
    bundler.bundleDue(ended.batchId());
  }

  /**
   * Whether a job configures the batch right now, on this server or on another one that holds its
   * lease: then the sweeper leaves it alone.
   */
  public boolean isRunning(long batchId) {
    return leases.holds(batchId) || leases.heldElsewhere(batchId);
  }
}
