package org.rohrpost.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.rohrpost.health.control.LastProbe;
import org.rohrpost.health.control.ProbeResult;
import org.rohrpost.server.control.Stopping;

/**
 * Ready when the last probe of the database and the broker ({@link ResourceProbe}, every two
 * seconds) found both answering, that probe is recent, and the server is not stopping. The check
 * itself touches no pool, so it answers at once however busy the server is. (Before the deployment
 * has finished the HTTP listener is closed, see the boot files, so nobody asks early.)
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  @Inject LastProbe last;

  @Override
  public HealthCheckResponse call() {
    Instant now = Instant.now();
    Optional<ProbeResult> probe = last.result();
    Optional<ProbeResult> recent = probe.filter(p -> p.isRecentAt(now));
    boolean stopping = Stopping.isUnderway();
    return HealthCheckResponse.named("rohrpost")
        .status(probe.filter(p -> p.isUpAt(now)).isPresent() && !stopping)
        .withData("database", recent.filter(ProbeResult::database).isPresent())
        .withData("broker", recent.filter(ProbeResult::broker).isPresent())
        .withData("stopping", stopping)
        .withData("probed", probe.map(p -> p.at().toString()).orElse("not yet"))
        .build();
  }
}
