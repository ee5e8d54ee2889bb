package org.rohrpost.server.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.function.Supplier;

/**
 * Rows that workers on several servers may need at the same moment (a client's place in a class's
 * turns, the pace of a rate), made the first time one is needed. The row is inserted in a
 * transaction of its own, so that two servers making it at once cost one of them a refused insert,
 * not the work it was doing.
 */
@ApplicationScoped
public class SharedRows {
  @PersistenceContext EntityManager em;
  @Inject SeparateTransaction separately;

  /** The row with this key, made with {@code make} (and committed at once) if there is none. */
  public <T> T ensure(Class<T> type, Object key, Supplier<T> make) {
    T row = em.find(type, key);
    if (row != null) {
      return row;
    }
    RuntimeException refused = null;
    try {
      separately.persist(make.get());
    } catch (RuntimeException e) {
      refused = e; // fine if another made it meanwhile: it is found below
    }
    row = em.find(type, key);
    if (row == null) {
      throw new IllegalStateException("Cannot make " + type.getSimpleName() + " " + key, refused);
    }
    return row;
  }
}
