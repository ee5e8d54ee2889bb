package org.rohrpost.generation.boundary;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.generation.control.GenerationPlan;
import org.rohrpost.generation.control.LedgerRow;
import org.rohrpost.generation.control.LedgerRows;
import org.rohrpost.generation.control.MessagesGenerated;

/** Writes a chunk of generated messages into the ledger in one JDBC batch. */
@Named
@Dependent
public class LedgerWriter extends AbstractItemWriter {
  @Inject StepContext step;
  @Inject JobContext job;
  @Inject LedgerRows ledgerRows;
  @Inject Event<MessagesGenerated> generated;

  @Override
  public void writeItems(List<Object> items) {
    List<LedgerRow> rows = new ArrayList<>(items.size());
    items.forEach(item -> rows.add((LedgerRow) item));
    GenerationPlan plan = (GenerationPlan) step.getTransientUserData();
    ledgerRows.insert(plan, job.getExecutionId(), rows);
    generated.fire(new MessagesGenerated(plan.batchId(), rows.size()));
  }
}
