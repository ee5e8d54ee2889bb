package org.rohrpost.generation.boundary;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.rohrpost.generation.control.GenerationPlan;
import org.rohrpost.generation.control.GenerationPlans;
import org.rohrpost.generation.control.Member;
import org.rohrpost.generation.control.PopulationMembers;

/**
 * Reads the batch's population member by member, a range of positions at a time; the checkpoint is
 * the position of the last member read, so a restart goes on after it. A new job of the batch (a
 * generation taken over from a dead server, or this server's previous run) goes on after the
 * position the ledger holds messages through, kept in the database with every chunk.
 */
@Named
@Dependent
public class PopulationReader extends AbstractItemReader {
  static final int PAGE = 500;

  @Inject @BatchProperty String batchId;
  @Inject StepContext step;
  @Inject GenerationPlans plans;
  @Inject PopulationMembers members;

  private GenerationPlan plan;
  private final Deque<Member> page = new ArrayDeque<>();
  private int lastPosition;
  private int scanned;

  @Override
  public void open(Serializable checkpoint) {
    plan = plans.load(Long.parseLong(batchId));
    step.setTransientUserData(plan);
    lastPosition = checkpoint == null ? plan.generatedThrough() : (Integer) checkpoint;
    scanned = lastPosition;
  }

  @Override
  public Object readItem() {
    while (page.isEmpty() && scanned < plan.lastPosition()) {
      page.addAll(members.after(plan, scanned, PAGE));
      scanned += PAGE;
    }
    Member member = page.poll();
    if (member != null) {
      lastPosition = member.position();
    }
    return member;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastPosition;
  }
}
