package org.rohrpost.printing.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded default printer: each job is a PDF file in a directory, for a print service (or a
 * person) to take from there. Written under a temporary name and renamed, so that a reader never
 * sees half a file.
 */
public final class SpoolDirectory implements PrintDestination {
  private final Path directory;

  public SpoolDirectory(Path directory) {
    this.directory = directory;
  }

  @Override
  public Printed print(String jobName, byte[] pdf) throws IOException {
    Files.createDirectories(directory);
    String file = jobName.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    Path partial = Files.createTempFile(directory, ".spooling-", ".part");
    Files.write(partial, pdf);
    Path spooled = directory.resolve(file);
    Files.move(
        partial, spooled, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    return new Printed(Printed.OK, "spooled as " + spooled);
  }

  public Path directory() {
    return directory;
  }
}
