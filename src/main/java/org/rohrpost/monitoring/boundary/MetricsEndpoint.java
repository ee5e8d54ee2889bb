package org.rohrpost.monitoring.boundary;

import io.prometheus.metrics.exporter.servlet.jakarta.PrometheusMetricsServlet;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import jakarta.servlet.annotation.WebServlet;

/**
 * {@code GET /metrics}: every {@code rohrpost_*} series and the JVM's, in Prometheus text (or
 * OpenMetrics, when the scraper asks for it), the same on every application server (ADR 30). Open
 * to scrapers without sign-in, like the health checks.
 */
@WebServlet(urlPatterns = "/metrics", loadOnStartup = 1)
public class MetricsEndpoint extends PrometheusMetricsServlet {
  private static final long serialVersionUID = 1L;

  @Override
  public void init() {
    JvmMetrics.builder().register();
  }
}
