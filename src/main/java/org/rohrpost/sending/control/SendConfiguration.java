package org.rohrpost.sending.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
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

  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  @Inject Bundler bundler;
  @Inject Jobs jobs;

  void start(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) SendConfigurationRequested request) {
    running.add(request.batchId());
    try {
      jobs.start(JOB, request.batchId());
    } catch (RuntimeException e) {
      running.remove(request.batchId());
      throw e;
    }
  }

  void ended(@Observes JobEnded ended) {
    if (!JOB.equals(ended.job())) {
      return;
    }
    running.remove(ended.batchId());
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

  /** Whether this server's job is configuring the batch right now. */
  public boolean isRunning(long batchId) {
    return running.contains(batchId);
  }
}
