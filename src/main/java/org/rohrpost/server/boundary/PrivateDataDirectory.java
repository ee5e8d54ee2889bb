package org.rohrpost.server.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rohrpost.server.control.ServerSettings;

/**
 * Makes the data directory (embedded database, broker store, secret key, print spool) private to
 * the server's user: nobody else may list or open what is in it, whatever mode the files inside
 * were made with.
 */
@Startup
@Singleton
public class PrivateDataDirectory {
  private static final Logger LOG = Logger.getLogger(PrivateDataDirectory.class.getName());

  @Inject ServerSettings settings;

  @PostConstruct
  void makePrivate() {
    Path dir = settings.dataDir();
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    } catch (IOException | UnsupportedOperationException e) {
      LOG.log(Level.WARNING, "Cannot make the data directory " + dir + " private", e);
    }
  }
}
