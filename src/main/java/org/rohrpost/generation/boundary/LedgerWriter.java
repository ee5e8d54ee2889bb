package org.rohrpost.generation.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.rohrpost.generation.control.GenerationPlan;
import org.rohrpost.generation.control.GenerationPlans;
import org.rohrpost.generation.control.LedgerRow;
import org.rohrpost.generation.control.LedgerRows;

/** Writes a chunk of generated messages into the ledger in one JDBC batch. */
@Named
@Dependent
public class LedgerWriter extends AbstractItemWriter {
  @Inject @BatchProperty String batchId;
  @Inject GenerationPlans plans;
  @Inject LedgerRows ledgerRows;

  private GenerationPlan plan;

  @Override
  public void writeItems(List<Object> items) {
    if (plan == null) {
      plan = plans.load(Long.parseLong(batchId));
    }
    List<LedgerRow> rows = new ArrayList<>(items.size());
    items.forEach(item -> rows.add((LedgerRow) item));
    ledgerRows.insert(plan, rows);
  }
}
