package org.rohrpost.batch.control;

import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Properties;

/**
 * Starts and stops the Jakarta Batch jobs that work on batches. A job runs in the component context
 * of whoever starts it, and its chunks begin their own transactions: started from inside a
 * {@code @Transactional} method or a container-managed EJB, they would be refused. This bean
 * manages no transactions, so jobs started here may.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class Jobs {
  /** Starts {@code job} on the batch; the job reads the batch id from its parameters. */
  public long start(String job, long batchId) {
    Properties parameters = new Properties();
    parameters.setProperty("batchId", Long.toString(batchId));
    return BatchRuntime.getJobOperator().start(job, parameters);
  }

  /** Asks a job execution to stop after its current chunk; true if it was running. */
  public boolean stop(long executionId) {
    try {
      BatchRuntime.getJobOperator().stop(executionId);
      return true;
    } catch (JobExecutionNotRunningException | NoSuchJobExecutionException e) {
      return false;
    }
  }
}
