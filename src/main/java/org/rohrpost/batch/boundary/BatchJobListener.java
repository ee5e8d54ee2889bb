package org.rohrpost.batch.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rohrpost.batch.control.JobEnded;
import org.rohrpost.batch.control.JobStarted;

/**
 * Tells the application when a job on a batch starts and how it ended, as CDI events; the job's
 * steps leave a failure's reason with {@link StepFailureListener}.
 */
@Named
@Dependent
public class BatchJobListener implements JobListener {
  @Inject JobContext job;
  @Inject @BatchProperty String batchId;
  @Inject Event<JobStarted> started;
  @Inject Event<JobEnded> ended;

  @Override
  public void beforeJob() {
    started.fire(new JobStarted(job.getJobName(), Long.parseLong(batchId), job.getExecutionId()));
  }

  @Override
  public void afterJob() {
    String failure = (String) job.getTransientUserData();
    BatchStatus status = job.getBatchStatus();
    JobEnded.Outcome outcome;
    if (failure != null || status == BatchStatus.FAILED) {
      outcome = JobEnded.Outcome.FAILED;
    } else if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
      outcome = JobEnded.Outcome.STOPPED;
    } else {
      outcome = JobEnded.Outcome.COMPLETED;
    }
    ended.fire(
        new JobEnded(
            job.getJobName(), Long.parseLong(batchId), job.getExecutionId(), outcome, failure));
  }
}
