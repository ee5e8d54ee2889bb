package org.rohrpost.generation.boundary;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rohrpost.generation.control.GenerationPlan;
import org.rohrpost.tracing.control.Traces;

/** Each chunk of a generation in a span of the batch's trace, current while the chunk runs. */
@Named
@Dependent
public class GenerationChunkSpans extends AbstractChunkListener {
  @Inject StepContext step;
  @Inject Traces traces;

  private Span span;
  private Scope scope;

  @Override
  public void beforeChunk() {
    GenerationPlan plan = (GenerationPlan) step.getTransientUserData();
    span =
        traces
            .start("rohrpost generate", plan.traceContext())
            .setAttribute(Traces.BATCH, plan.batchId());
    scope = span.makeCurrent();
  }

  /** A failed chunk is rolled back: {@link #afterChunk} is not called. */
  @Override
  public void onError(Exception failure) {
    Traces.failed(span, failure);
    end();
  }

  @Override
  public void afterChunk() {
    end();
  }

  private void end() {
    scope.close();
    span.end();
  }
}
