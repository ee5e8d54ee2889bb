package org.rohrpost.batch.boundary;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the reason a step failed, with its causes, for {@link BatchJobListener}. */
@Named
@Dependent
public class StepFailureListener extends AbstractStepListener {
  @Inject JobContext job;
  @Inject StepContext step;

  @Override
  public void afterStep() {
    Exception failure = step.getException();
    if (failure != null) {
      job.setTransientUserData(describe(failure));
    }
  }

  private String describe(Throwable failure) {
    StringBuilder reason = new StringBuilder("Step '" + step.getStepName() + "' failed");
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      reason
          .append(": ")
          .append(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }
    return reason.toString();
  }
}
