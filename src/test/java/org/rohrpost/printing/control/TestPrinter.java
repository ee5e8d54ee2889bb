package org.rohrpost.printing.control;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real IPP printer for tests: CUPS's {@code ippeveprinter} (Debian: cups-ipp-utils and dbus,
 * which {@code .ci/run} installs) on a free port, keeping every job's document in its spool
 * directory. Its printing is {@code /bin/true}, done at once: left to itself it plays a slow
 * printer, busy with each job for seconds. It wants a D-Bus for DNS-SD even when told not to
 * announce itself, so it gets a private one.
 */
public final class TestPrinter implements AutoCloseable {
  private final Path spool;
  private final int port;
  private final Process bus;
  private final Process process;

  public TestPrinter(Path spool) throws IOException, InterruptedException {
    this.spool = spool;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    bus = new ProcessBuilder("dbus-daemon", "--session", "--nofork", "--print-address=1").start();
    String address =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    bus.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))
            .readLine();
    ProcessBuilder printer =
        new ProcessBuilder(
                "ippeveprinter",
                "-r",
                "off",
                "-p",
                Integer.toString(port),
                "-n",
                "localhost",
                "-d",
                spool.toString(),
                "-k",
                "-c",
                "/bin/true",
                "-f",
                "application/pdf",
                "Rohrpost Test")
            .redirectErrorStream(true)
            .redirectOutput(spool.resolve("printer.log").toFile());
    printer.environment().put("DBUS_SYSTEM_BUS_ADDRESS", address);
    process = printer.start();
    Instant deadline = Instant.now().plusSeconds(20);
    while (true) {
      try (Socket probe = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (Instant.now().isAfter(deadline) || !process.isAlive()) {
          close();
          throw new IOException(
              "ippeveprinter did not start: " + Files.readString(spool.resolve("printer.log")));
        }
        Thread.sleep(100);
      }
    }
  }

  /** The printer's IPP URI. */
  public URI uri() {
    return URI.create("ipp://127.0.0.1:" + port + "/ipp/print");
  }

  public int port() {
    return port;
  }

  /** The documents of the jobs printed so far. */
  public List<Path> jobs() throws IOException {
    try (Stream<Path> files = Files.walk(spool)) {
      return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
    }
  }

  /** Waits until at least {@code count} jobs are kept whole, and returns them. */
  public List<Path> awaitJobs(int count) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    List<Path> jobs = jobs();
    while (jobs.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      jobs = jobs();
    }
    return jobs;
  }

  @Override
  public void close() {
    process.destroy();
    bus.destroy();
  }
}
