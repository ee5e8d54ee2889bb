package org.rohrpost.server.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server's settings, from MicroProfile Config: environment variables such as {@code
 * ROHRPOST_INSTANCE} or the same names as properties ({@code rohrpost.instance}); see API.md.
 */
@ApplicationScoped
public class ServerSettings {
  @Inject
  @ConfigProperty(name = "rohrpost.instance")
  Optional<String> instance;

  @Inject
  @ConfigProperty(name = "rohrpost.data.dir", defaultValue = "./data")
  String dataDir;

  @Inject
  @ConfigProperty(name = "rohrpost.demo.smtp.port", defaultValue = "0")
  int demoSmtpPort;

  @Inject
  @ConfigProperty(name = "rohrpost.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "rohrpost.secret.key")
  Optional<String> secretKey;

  @Inject
  @ConfigProperty(name = "rohrpost.public.url")
  Optional<String> publicUrl;

  @Inject
  @ConfigProperty(name = "rohrpost.http.port", defaultValue = "8080")
  int httpPort;

  @Inject
  @ConfigProperty(name = "rohrpost.unsubscribe.valid.days", defaultValue = "180")
  int unsubscribeValidDays;

  @Inject
  @ConfigProperty(name = "rohrpost.lease.seconds", defaultValue = "300")
  long leaseSeconds;

  /** The name of this server: owner of its leases. */
  public String instance() {
    return instance.filter(s -> !s.isBlank()).orElseGet(ServerSettings::hostName);
  }

  /** Where people reach this server, for links in notices (no trailing slash). */
  public String publicUrl() {
    return publicUrl
        .filter(s -> !s.isBlank())
        .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s)
        .orElse("http://localhost:" + httpPort);
  }

  public Path dataDir() {
    return Path.of(dataDir).toAbsolutePath().normalize();
  }

  /** Port of the demo SMTP sink; 0 when there is none. */
  public int demoSmtpPort() {
    return demoSmtpPort;
  }

  public Optional<String> adminPassword() {
    return adminPassword.filter(s -> !s.isBlank());
  }

  /** A base64 AES key shared by all servers of a cluster, if configured. */
  public Optional<String> secretKey() {
    return secretKey.filter(s -> !s.isBlank());
  }

  /**
   * How long work this server claims (a bundle, a generation) stays its own without renewal, and so
   * how long another server waits before it takes over the work of one that died: {@code
   * ROHRPOST_LEASE_SECONDS}, at least 10 s. The owner renews halfway.
   */
  public Duration lease() {
    return Duration.ofSeconds(Math.max(10, leaseSeconds));
  }

  /** How long an unsubscribe link works after its message was sent (at least a day). */
  public Duration unsubscribeValidity() {
    return Duration.ofDays(Math.max(1, unsubscribeValidDays));
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
