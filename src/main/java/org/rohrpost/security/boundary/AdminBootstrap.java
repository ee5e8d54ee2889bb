package org.rohrpost.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.rohrpost.security.control.Users;
import org.rohrpost.server.control.ServerSettings;

/** At start-up: an empty database gets its {@code admin} user. */
@Startup
@Singleton
@DependsOn("Migrations")
public class AdminBootstrap {
  @Inject Users users;
  @Inject ServerSettings settings;

  @PostConstruct
  void ensureAdmin() {
    users.ensureAdmin(settings.adminPassword());
  }
}
