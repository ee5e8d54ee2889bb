package org.rohrpost.generation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.rohrpost.batch.control.JobStarted;

/**
 * What the server would supply to the job artifacts on JBeret SE: the test database, and an
 * observer that keeps the starts of jobs for the test to look at (their ends: {@code EndedJobs}).
 */
@ApplicationScoped
public class JobEvents {
  static volatile DataSource dataSource;
  static final List<JobStarted> STARTED = new CopyOnWriteArrayList<>();

  @Produces
  DataSource dataSource() {
    return dataSource;
  }

  void started(@Observes JobStarted event) {
    STARTED.add(event);
  }
}
