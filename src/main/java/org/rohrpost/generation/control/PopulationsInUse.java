package org.rohrpost.generation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import org.rohrpost.batch.entity.BatchStatus;
import org.rohrpost.population.control.PopulationReplacing;
import org.rohrpost.problem.control.ConflictException;

/** A generation job reads a population's members as they are: they may not change under it. */
@ApplicationScoped
public class PopulationsInUse {
  @PersistenceContext EntityManager em;

  void refuseWhileGenerating(@Observes PopulationReplacing replacing) {
    long generating =
        em.createQuery(
                "select count(b) from Batch b where b.communication.population.id = :p"
                    + " and b.status in :generating",
                Long.class)
            .setParameter("p", replacing.populationId())
            .setParameter(
                "generating", EnumSet.of(BatchStatus.GENERATION_QUEUED, BatchStatus.GENERATING))
            .getSingleResult();
    if (generating > 0) {
      throw new ConflictException(
          "Population '"
              + replacing.key()
              + "' is being generated into "
              + generating
              + " batch(es); replace it once they are generated.");
    }
  }
}
