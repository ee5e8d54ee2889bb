package org.rohrpost.batch.control;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** For job tests on JBeret SE: the ends of jobs as the server's observers see them. */
@ApplicationScoped
public class EndedJobs {
  public static final List<JobEnded> ENDED = new CopyOnWriteArrayList<>();

  void ended(@Observes JobEnded event) {
    ENDED.add(event);
  }

  /**
   * The execution's final status, once its end was also announced: the runtime sets the status
   * before the job listener that fires the event has run.
   */
  public static BatchStatus await(JobOperator jobs, long execution) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      BatchStatus status = jobs.getJobExecution(execution).getBatchStatus();
      boolean announced = ENDED.stream().anyMatch(e -> e.executionId() == execution);
      if (status != BatchStatus.STARTING && status != BatchStatus.STARTED && announced) {
        return status;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("Job execution " + execution + " did not end within a minute");
  }
}
