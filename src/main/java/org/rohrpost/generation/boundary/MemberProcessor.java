package org.rohrpost.generation.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rohrpost.generation.control.GenerationPlan;
import org.rohrpost.generation.control.GenerationPlans;
import org.rohrpost.generation.control.Member;
import org.rohrpost.generation.control.Personalizer;

/** Renders each member's message (or marks it skipped). */
@Named
@Dependent
public class MemberProcessor implements ItemProcessor {
  @Inject @BatchProperty String batchId;
  @Inject GenerationPlans plans;

  private GenerationPlan plan;

  @Override
  public Object processItem(Object item) {
    if (plan == null) {
      plan = plans.load(Long.parseLong(batchId));
    }
    return Personalizer.personalize(plan, (Member) item);
  }
}
