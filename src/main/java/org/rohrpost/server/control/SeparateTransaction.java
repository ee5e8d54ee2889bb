package org.rohrpost.server.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Persists a row in a transaction of its own, committed when the call returns. */
@ApplicationScoped
public class SeparateTransaction {
  @PersistenceContext EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void persist(Object row) {
    em.persist(row);
  }
}
