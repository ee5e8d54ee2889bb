package org.rohrpost.generation.boundary;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rohrpost.generation.control.GenerationPlan;
import org.rohrpost.generation.control.Member;
import org.rohrpost.generation.control.Personalizer;

/** Renders each member's message (or marks it skipped). */
@Named
@Dependent
public class MemberProcessor implements ItemProcessor {
  @Inject StepContext step;

  @Override
  public Object processItem(Object item) {
    return Personalizer.personalize((GenerationPlan) step.getTransientUserData(), (Member) item);
  }
}
