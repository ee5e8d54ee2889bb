package org.rohrpost.server.control;

import com.arjuna.ats.arjuna.common.ObjectStoreEnvironmentBean;
import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import com.arjuna.ats.jta.cdi.TransactionExtension;
import com.arjuna.ats.jta.cdi.transactional.TransactionalInterceptorRequired;
import com.arjuna.ats.jta.cdi.transactional.TransactionalInterceptorRequiresNew;
import com.arjuna.common.internal.util.propertyservice.BeanPopulator;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.smallrye.config.inject.ConfigExtension;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.util.Map;
import org.apache.activemq.ActiveMQXAConnectionFactory;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.pool.XaPooledConnectionFactory;
import org.eclipse.persistence.transaction.JTATransactionController;
import org.jberet.creation.BatchCDIExtension;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.jboss.weld.injection.spi.JpaInjectionServices;
import org.jboss.weld.injection.spi.ResourceInjectionServices;
import org.jboss.weld.injection.spi.ResourceReferenceFactory;
import org.jboss.weld.injection.spi.helpers.SimpleResourceReference;
import org.jboss.weld.transaction.spi.TransactionServices;

/**
 * What a server gives the artifacts of a job, on Java SE, for tests of jobs and controls without a
 * server: JTA (Narayana, with its {@code @Transactional} interceptors, and transactional
 * observers), a pooled data source whose connections join the transaction (Agroal), JPA bound to
 * the transaction (EclipseLink, as on Payara), an embedded broker whose sessions join it too
 * (ActiveMQ's XA pool, as {@code jms/rohrpost}), MicroProfile Config (SmallRye) and JBeret's CDI
 * extension; over a {@link TestDatabase}. Only the beans named go in.
 */
public final class JobsOnSe implements AutoCloseable {
  /** The embedded broker, for a test that looks at its queues. */
  public static final String BROKER = "vm://jobs-on-se?create=false";

  private final AgroalDataSource dataSource;
  private final EntityManagerFactory jpa;
  private final BrokerService broker;
  private final XaPooledConnectionFactory jms;
  private final WeldContainer weld;

  public JobsOnSe(TestDatabase db, Class<?>... beans) throws Exception {
    for (String store : new String[] {null, "communicationStore", "stateStore"}) {
      BeanPopulator.getNamedInstance(ObjectStoreEnvironmentBean.class, store)
          .setObjectStoreDir("target/narayana");
    }
    TransactionManager transactions = com.arjuna.ats.jta.TransactionManager.transactionManager();
    TransactionSynchronizationRegistry registry = new TransactionSynchronizationRegistryImple();
    JTATransactionController.setDefaultTransactionManager(transactions);
    dataSource =
        AgroalDataSource.from(
            new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(
                    pool ->
                        pool.maxSize(8)
                            .transactionIntegration(
                                new NarayanaTransactionIntegration(transactions, registry))
                            .connectionFactoryConfiguration(
                                connection -> {
                                  connection.jdbcUrl(db.url);
                                  if (db.user != null) {
                                    connection.principal(new NamePrincipal(db.user));
                                  }
                                  return connection;
                                })));
    jpa =
        Persistence.createEntityManagerFactory(
            "rohrpost",
            Map.of(
                "jakarta.persistence.jtaDataSource",
                dataSource,
                "eclipselink.target-server",
                NarayanaPlatform.class.getName(),
                "eclipselink.logging.level",
                "SEVERE"));
    broker = new BrokerService();
    broker.setBrokerName("jobs-on-se");
    broker.setPersistent(false);
    broker.setUseJmx(false);
    broker.start();
    broker.waitUntilStarted();
    jms = new XaPooledConnectionFactory();
    jms.setConnectionFactory(new ActiveMQXAConnectionFactory(BROKER));
    jms.setTransactionManager(transactions);
    EntityManager entityManager = TransactionScopedEntityManager.of(jpa, registry);
    weld =
        new Weld(RegistrySingletonProvider.STATIC_INSTANCE)
            .disableDiscovery()
            .addExtension(new BatchCDIExtension())
            .addExtension(new ConfigExtension())
            .addExtension(new TransactionExtension())
            .addInterceptor(TransactionalInterceptorRequired.class)
            .addInterceptor(TransactionalInterceptorRequiresNew.class)
            .addServices(
                new PersistenceContexts(entityManager, jpa),
                new Transactions(transactions, registry),
                new Resources(Map.of("jms/rohrpost", jms)))
            .addBeanClasses(beans)
            .initialize();
  }

  @Override
  public void close() throws Exception {
    weld.shutdown();
    jms.stop();
    broker.stop();
    broker.waitUntilStopped();
    jpa.close();
    dataSource.close();
  }

  /** Transactional observers ({@code @Observes(during = …)}) on Narayana's transactions. */
  private record Transactions(
      TransactionManager manager, TransactionSynchronizationRegistry registry)
      implements TransactionServices {
    @Override
    public void registerSynchronization(Synchronization synchronization) {
      registry.registerInterposedSynchronization(synchronization);
    }

    @Override
    public boolean isTransactionActive() {
      try {
        return manager.getStatus() == Status.STATUS_ACTIVE;
      } catch (SystemException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public UserTransaction getUserTransaction() {
      return com.arjuna.ats.jta.UserTransaction.userTransaction();
    }

    @Override
    public void cleanup() {
      // nothing held
    }
  }

  /** {@code @PersistenceContext} and {@code @PersistenceUnit}: the one unit, "rohrpost". */
  private record PersistenceContexts(EntityManager entityManager, EntityManagerFactory factory)
      implements JpaInjectionServices {
    @Override
    public ResourceReferenceFactory<EntityManager> registerPersistenceContextInjectionPoint(
        InjectionPoint injectionPoint) {
      return () -> new SimpleResourceReference<>(entityManager);
    }

    @Override
    public ResourceReferenceFactory<EntityManagerFactory> registerPersistenceUnitInjectionPoint(
        InjectionPoint injectionPoint) {
      return () -> new SimpleResourceReference<>(factory);
    }

    @Override
    public void cleanup() {
      // the factory closes with the container
    }
  }

  /** {@code @Resource(lookup = …)}: the resources named, anything else is an error. */
  private record Resources(Map<String, Object> byName) implements ResourceInjectionServices {
    @Override
    public ResourceReferenceFactory<Object> registerResourceInjectionPoint(
        InjectionPoint injectionPoint) {
      Resource resource = injectionPoint.getAnnotated().getAnnotation(Resource.class);
      return named(resource.lookup().isEmpty() ? resource.name() : resource.lookup());
    }

    @Override
    public ResourceReferenceFactory<Object> registerResourceInjectionPoint(
        String jndiName, String mappedName) {
      return named(jndiName);
    }

    private ResourceReferenceFactory<Object> named(String name) {
      Object resource = byName.get(name);
      if (resource == null) {
        throw new IllegalArgumentException("No resource " + name + " on Java SE");
      }
      return () -> new SimpleResourceReference<>(resource);
    }

    @Override
    public void cleanup() {
      // the resources close with the container
    }
  }
}
