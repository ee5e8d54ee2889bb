package org.rohrpost.sending.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.batch.boundary.BatchJobListener;
import org.rohrpost.batch.boundary.StepFailureListener;
import org.rohrpost.batch.control.EndedJobs;
import org.rohrpost.client.entity.QueueClass;
import org.rohrpost.ledger.control.Ledger;
import org.rohrpost.ledger.control.RetrySettings;
import org.rohrpost.sending.control.Bundler;
import org.rohrpost.sending.control.SendConfiguration;
import org.rohrpost.sending.control.SendQueue;
import org.rohrpost.server.control.JobsOnSe;
import org.rohrpost.server.control.SeparateTransaction;
import org.rohrpost.server.control.ServerSettings;
import org.rohrpost.server.control.SharedRows;
import org.rohrpost.server.control.TestDatabase;
import org.rohrpost.tracing.control.Traces;

/**
 * The send-configure job on JBeret SE against a real database and broker, each bundle and its
 * signal in one JTA transaction as on a server: no server.
 */
@OnEveryDatabase
class SendConfigurationJobIT {
  private static final long BATCH = 7;
  private static final int MESSAGES = 230;

  private static TestDatabase db;
  private static JobsOnSe se;
  private static JobOperator jobs;

  @BeforeAll
  static void startBatchRuntime() throws Exception {
    db = new TestDatabase();
    se =
        new JobsOnSe(
            db,
            PendingMessageReader.class,
            BundleWriter.class,
            BatchJobListener.class,
            StepFailureListener.class,
            Bundler.class,
            SendQueue.class,
            Ledger.class,
            RetrySettings.class,
            ServerSettings.class,
            SharedRows.class,
            SeparateTransaction.class,
            Traces.class,
            EndedJobs.class);
    jobs = BatchRuntime.getJobOperator();
    db.bulkClientWithSmtp();
    db.bulkBatch(BATCH, "SEND_CONFIGURE");
  }

  @AfterAll
  static void stopBatchRuntime() throws Exception {
    se.close();
    db.close();
  }

  @BeforeEach
  void aBatchOfPendingMessagesAndAnEmptyQueue() throws Exception {
    db.execute("delete from message");
    db.execute("delete from bundle");
    signals();
    EndedJobs.ENDED.clear();
    db.messages(BATCH, MESSAGES, "PENDING");
  }

  @Test
  void cutsTheBatchIntoBundlesOfFiftyEachSignalledOnceOnItsClassQueue() throws Exception {
    long execution = jobs.start(SendConfiguration.JOB, parameters());

    assertThat(EndedJobs.await(jobs, execution)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(bundleSizes()).containsExactly(50, 50, 50, 50, 30);
    assertThat(number("select count(*) from message where bundle_id is null")).isZero();
    assertThat(number("select count(*) from message where status <> 'QUEUED'")).isZero();
    assertThat(signals()).containsExactlyElementsOf(bundles());
  }

  /**
   * A chunk that fails takes its bundle and its signal with it (one transaction); the job started
   * again goes on after the last chunk written, so that each message is in one bundle.
   */
  @Test
  void aFailedChunkLeavesNoBundleNorSignalAndTheRestartGoesOnAfterTheCheckpoint() throws Exception {
    db.execute(
        "alter table message add constraint refuse_bundling"
            + " check (bundle_id is null or id <> 120)");
    long failed;
    try {
      failed = jobs.start(SendConfiguration.JOB, parameters());
      assertThat(EndedJobs.await(jobs, failed)).isEqualTo(BatchStatus.FAILED);
    } finally {
      db.execute("alter table message drop constraint refuse_bundling");
    }
    assertThat(bundleSizes()).containsExactly(50, 50);
    List<Long> firstSignals = signals();
    assertThat(firstSignals).containsExactlyElementsOf(bundles());

    long restarted = jobs.restart(failed, parameters());

    assertThat(EndedJobs.await(jobs, restarted)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(bundleSizes()).containsExactly(50, 50, 50, 50, 30);
    assertThat(number("select count(*) from message where bundle_id is null")).isZero();
    List<Long> all = new ArrayList<>(firstSignals);
    all.addAll(signals());
    assertThat(all).containsExactlyElementsOf(bundles());
  }

  private static Properties parameters() {
    Properties parameters = new Properties();
    parameters.setProperty("batchId", Long.toString(BATCH));
    return parameters;
  }

  private static List<Integer> bundleSizes() throws SQLException {
    List<Integer> sizes = new ArrayList<>();
    for (long bundle : bundles()) {
      sizes.add((int) number("select count(*) from message where bundle_id = " + bundle));
    }
    return sizes;
  }

  private static List<Long> bundles() throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = db.dataSource.getConnection();
        ResultSet rows = c.createStatement().executeQuery("select id from bundle order by id")) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  private static long number(String sql) throws SQLException {
    try (Connection c = db.dataSource.getConnection();
        ResultSet row = c.createStatement().executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** The bundle ids of the signals on the BULK queue, taken off it, each of this batch. */
  private static List<Long> signals() throws Exception {
    List<Long> bundles = new ArrayList<>();
    try (jakarta.jms.Connection connection =
        new ActiveMQConnectionFactory(JobsOnSe.BROKER).createConnection()) {
      connection.start();
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      MessageConsumer queue =
          session.createConsumer(session.createQueue(QueueClass.BULK.queueName()));
      for (Message signal = queue.receive(500); signal != null; signal = queue.receive(200)) {
        assertThat(signal.getLongProperty(SendQueue.BATCH_PROPERTY)).isEqualTo(BATCH);
        bundles.add(Long.parseLong(((TextMessage) signal).getText()));
      }
    }
    return bundles;
  }
}
