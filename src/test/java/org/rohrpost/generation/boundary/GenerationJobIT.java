package org.rohrpost.generation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.Metric;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.jberet.creation.BatchCDIExtension;
import org.jboss.weld.bootstrap.api.helpers.RegistrySingletonProvider;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rohrpost.OnEveryDatabase;
import org.rohrpost.batch.boundary.BatchJobListener;
import org.rohrpost.batch.boundary.StepFailureListener;
import org.rohrpost.batch.control.EndedJobs;
import org.rohrpost.batch.control.JobEnded;
import org.rohrpost.generation.control.GenerationPlans;
import org.rohrpost.generation.control.LedgerRows;
import org.rohrpost.generation.control.PopulationMembers;
import org.rohrpost.ledger.control.MessageRows;
import org.rohrpost.server.control.TestDatabase;
import org.rohrpost.tracing.control.Traces;

/** The generation job on JBeret SE against a real database: no server. */
@OnEveryDatabase
class GenerationJobIT {
  private static WeldContainer weld;
  private static JobOperator jobs;
  private static TestDatabase db;

  @BeforeAll
  static void startBatchRuntime() throws SQLException {
    db = new TestDatabase();
    JobEvents.dataSource = db.dataSource;
    new Mailing(db).create();
    weld =
        new Weld(RegistrySingletonProvider.STATIC_INSTANCE)
            .disableDiscovery()
            .addExtension(new BatchCDIExtension())
            .addBeanClasses(
                PopulationReader.class,
                MemberProcessor.class,
                LedgerWriter.class,
                BatchJobListener.class,
                StepFailureListener.class,
                GenerationChunkSpans.class,
                Traces.class,
                GenerationPlans.class,
                PopulationMembers.class,
                LedgerRows.class,
                MessageRows.class,
                JobEvents.class,
                EndedJobs.class)
            .initialize();
    jobs = BatchRuntime.getJobOperator();
  }

  @AfterAll
  static void stopBatchRuntime() throws SQLException {
    weld.shutdown();
    db.close();
  }

  @BeforeEach
  void noMembersNoMessages() throws SQLException {
    db.execute("delete from message");
    db.execute("delete from population_member");
    db.execute("delete from suppression");
    db.execute("update batch set generated_through = 0");
    JobEvents.STARTED.clear();
    EndedJobs.ENDED.clear();
  }

  @Test
  void generatesOneRowPerMemberAndSkipsInvalidAndSuppressedOnes() throws Exception {
    Mailing mailing = new Mailing(db);
    mailing.members(3_000);
    mailing.suppress(7, 1_234, 2_999);

    long execution = jobs.start("generation", mailing.parameters());

    assertThat(EndedJobs.await(jobs, execution)).isEqualTo(BatchStatus.COMPLETED);
    Map<String, Integer> counts = mailing.countsByStatus();
    int invalid = 3_000 / Mailing.EVERY_NTH_INVALID;
    assertThat(counts)
        .containsEntry("SKIPPED", invalid + 3)
        .containsEntry("PENDING", 3_000 - invalid - 3);
    assertThat(mailing.distinctRecipients()).isEqualTo(3_000);
    assertThat(mailing.expiringWithTheBatch())
        .as("rows that expire when the batch does")
        .isEqualTo(3_000);
    assertThat(mailing.row(1_234))
        .containsEntry("status", "SKIPPED")
        .containsEntry("last_error", "suppressed");
    assertThat(mailing.row(Mailing.EVERY_NTH_INVALID).get("last_error")).startsWith("invalid: ");
    assertThat(mailing.row(42))
        .containsEntry("status", "PENDING")
        .containsEntry("subject", "Hello Member 42")
        .containsEntry("html_body", "<p>Dear Member 42, your code is &lt;b&gt;42&lt;/b&gt;</p>")
        .containsEntry("text_body", "Dear Member 42, your code is <b>42</b>");
    assertThat(JobEvents.STARTED).hasSize(1);
    assertThat(EndedJobs.ENDED)
        .singleElement()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(JobEnded.Outcome.COMPLETED));
  }

  @Test
  void restartAfterAFailureMidJobGoesOnFromTheCheckpointWithoutASecondRow() throws Exception {
    Mailing mailing = new Mailing(db);
    mailing.members(2_600);
    mailing.refuseMember(1_700);

    long failed = jobs.start("generation", mailing.parameters());

    assertThat(EndedJobs.await(jobs, failed)).isEqualTo(BatchStatus.FAILED);
    assertThat(EndedJobs.ENDED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(JobEnded.Outcome.FAILED);
              assertThat(e.failure()).containsIgnoringCase("refused_member");
            });
    assertThat(mailing.distinctRecipients()).isBetween(1_500, 2_599);

    mailing.acceptEveryMember();
    long restarted = jobs.restart(failed, mailing.parameters());

    assertThat(EndedJobs.await(jobs, restarted)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(mailing.rows()).isEqualTo(2_600);
    assertThat(mailing.distinctRecipients()).isEqualTo(2_600);
  }

  /**
   * What a server does with the generation of a dead server (or of its own previous run): a new job
   * of the batch, which goes on after the checkpoint the ledger holds in the database.
   */
  @Test
  void aNewJobOfABatchWhoseGenerationWasCutGoesOnAfterItsCheckpoint() throws Exception {
    Mailing mailing = new Mailing(db);
    mailing.members(2_600);
    mailing.refuseMember(1_700);
    long cut = jobs.start("generation", mailing.parameters());
    assertThat(EndedJobs.await(jobs, cut)).isEqualTo(BatchStatus.FAILED);
    mailing.acceptEveryMember();
    int checkpoint = mailing.checkpoint();
    assertThat(checkpoint).as("the last chunk written whole").isBetween(1_000, 1_699);

    long taken = jobs.start("generation", mailing.parameters());

    assertThat(EndedJobs.await(jobs, taken)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(mailing.rows()).isEqualTo(2_600);
    assertThat(mailing.distinctRecipients()).isEqualTo(2_600);
    assertThat(mailing.checkpoint()).isEqualTo(2_600);
    Metric[] metrics = jobs.getStepExecutions(taken).get(0).getMetrics();
    assertThat(metrics)
        .filteredOn(m -> m.getType() == Metric.MetricType.READ_COUNT)
        .singleElement()
        .satisfies(m -> assertThat(m.getValue()).isEqualTo(2_600 - checkpoint));
  }

  @Test
  void anEmptyPopulationGeneratesNothing() throws Exception {
    Mailing mailing = new Mailing(db);

    long execution = jobs.start("generation", mailing.parameters());

    assertThat(EndedJobs.await(jobs, execution)).isEqualTo(BatchStatus.COMPLETED);
    assertThat(mailing.rows()).isZero();
    assertThat(EndedJobs.ENDED)
        .singleElement()
        .satisfies(e -> assertThat(e.batchId()).isEqualTo(Mailing.BATCH));
  }

  /** A client with a communication to a population, and a batch of it, written with plain SQL. */
  static final class Mailing {
    static final long BATCH = 7;
    static final int EVERY_NTH_INVALID = 100;
    static final String EXPIRES_AT = "timestamp with time zone '2030-01-01 00:00:00+00'";
    private final TestDatabase db;

    Mailing(TestDatabase db) {
      this.db = db;
    }

    static String email(int n) {
      return "member" + n + "@example.com";
    }

    void create() throws SQLException {
      db.bulkClientWithSmtp();
      db.execute(
          "insert into population (id, client_id, population_key, size, invalid, created_at,"
              + " updated_at) values (1, 1, 'all', 0, 0, current_timestamp, current_timestamp)");
      db.execute(
          "insert into communication (id, client_id, communication_key, message_system_id,"
              + " population_id, subject, html_body, text_body, bypass_approval, created_at)"
              + " values (1, 1, 'news', 1, 1, 'Hello {{name}}',"
              + " '<p>Dear {{name}}, your code is {{data.code}}</p>',"
              + " 'Dear {{name}}, your code is {{data.code}}', true, current_timestamp)");
      db.execute(
          "insert into batch (id, client_id, message_system_id, queue_class, status, created_at,"
              + " updated_at, communication_id, expires_at) values ("
              + BATCH
              + ", 1, 1, 'BULK', 'GENERATING',"
              + " current_timestamp, current_timestamp, 1, "
              + EXPIRES_AT
              + ")");
    }

    void members(int count) throws SQLException {
      try (Connection c = db.dataSource.getConnection();
          PreparedStatement insert =
              c.prepareStatement(
                  "insert into population_member (id, population_id, position, email, name, data,"
                      + " invalid_reason) values (?, 1, ?, ?, ?, ?, ?)")) {
        for (int n = 1; n <= count; n++) {
          insert.setInt(1, n);
          insert.setInt(2, n);
          insert.setString(3, email(n));
          insert.setString(4, "Member " + n);
          insert.setString(5, "{\"code\":\"<b>" + n + "</b>\"}");
          insert.setString(6, n % EVERY_NTH_INVALID == 0 ? "not a valid e-mail address" : null);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }

    void suppress(int... members) throws SQLException {
      for (int n : members) {
        db.execute(
            "insert into suppression (id, client_id, email, email_key, created_at) values ("
                + n
                + ", 1, '"
                + email(n).toUpperCase()
                + "', '"
                + email(n)
                + "', current_timestamp)");
      }
    }

    Properties parameters() {
      Properties parameters = new Properties();
      parameters.setProperty("batchId", Long.toString(BATCH));
      return parameters;
    }

    Map<String, Integer> countsByStatus() throws SQLException {
      Map<String, Integer> counts = new HashMap<>();
      query(
          "select status, count(*) from message group by status",
          r -> counts.put(r.getString(1), r.getInt(2)));
      return counts;
    }

    int rows() throws SQLException {
      return single("select count(*) from message where batch_id = " + BATCH);
    }

    /** The ledger refuses the member's row: a job fails in the chunk that holds it. */
    void refuseMember(int member) throws SQLException {
      db.execute(
          "alter table message add constraint refused_member check (recipient <> '"
              + email(member)
              + "')");
    }

    void acceptEveryMember() throws SQLException {
      db.execute("alter table message drop constraint refused_member");
    }

    int checkpoint() throws SQLException {
      return single("select generated_through from batch where id = " + BATCH);
    }

    int distinctRecipients() throws SQLException {
      return single("select count(distinct recipient) from message where batch_id = " + BATCH);
    }

    Map<String, String> row(int member) throws SQLException {
      Map<String, String> row = new HashMap<>();
      query(
          "select status, subject, html_body, text_body, last_error from message"
              + " where recipient = '"
              + email(member)
              + "'",
          r -> {
            for (String column :
                new String[] {"status", "subject", "html_body", "text_body", "last_error"}) {
              row.put(column, r.getString(column));
            }
          });
      return row;
    }

    int expiringWithTheBatch() throws SQLException {
      return single("select count(*) from message where expires_at = " + EXPIRES_AT);
    }

    private int single(String sql) throws SQLException {
      int[] value = new int[1];
      query(sql, r -> value[0] = r.getInt(1));
      return value[0];
    }

    private void query(String sql, RowConsumer consumer) throws SQLException {
      try (Connection c = db.dataSource.getConnection();
          ResultSet r = c.createStatement().executeQuery(sql)) {
        while (r.next()) {
          consumer.accept(r);
        }
      }
    }

    private interface RowConsumer {
      void accept(ResultSet row) throws SQLException;
    }
  }
}
