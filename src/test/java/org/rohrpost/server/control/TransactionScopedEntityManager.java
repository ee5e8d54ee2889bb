package org.rohrpost.server.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * What a server injects for {@code @PersistenceContext}: an entity manager bound to the JTA
 * transaction of the moment, closed when it ends; outside a transaction, one per thread, cleared
 * before each use (so a read sees the database as it is now).
 */
final class TransactionScopedEntityManager implements InvocationHandler {
  private final EntityManagerFactory factory;
  private final TransactionSynchronizationRegistry registry;
  private final ThreadLocal<EntityManager> outside = new ThreadLocal<>();

  private TransactionScopedEntityManager(
      EntityManagerFactory factory, TransactionSynchronizationRegistry registry) {
    this.factory = factory;
    this.registry = registry;
  }

  static EntityManager of(
      EntityManagerFactory factory, TransactionSynchronizationRegistry registry) {
    return (EntityManager)
        Proxy.newProxyInstance(
            EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            new TransactionScopedEntityManager(factory, registry));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(current(), arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private EntityManager current() {
    if (registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
      EntityManager em = outside.get();
      if (em == null) {
        em = factory.createEntityManager();
        outside.set(em);
      }
      em.clear();
      return em;
    }
    EntityManager em = (EntityManager) registry.getResource(factory);
    if (em == null) {
      EntityManager joined = factory.createEntityManager();
      joined.joinTransaction();
      registry.putResource(factory, joined);
      registry.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {
              // EclipseLink flushes in its own synchronization
            }

            @Override
            public void afterCompletion(int status) {
              joined.close();
            }
          });
      em = joined;
    }
    return em;
  }
}
