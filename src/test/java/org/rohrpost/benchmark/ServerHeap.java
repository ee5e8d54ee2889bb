package org.rohrpost.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The heap of the server under test (the Payara Micro process the tests started), recorded with
 * Java Flight Recorder through {@code jcmd} while a benchmark step runs: every garbage collection
 * reports the heap used before and after it ({@code jdk.GCHeapSummary}). The peak after a
 * collection is about what the step kept alive at most (old garbage that no mixed collection took
 * yet included); the peak before one includes all garbage. The recording stays in {@code
 * target/<name>.jfr} ({@code jfr print --events GCHeapSummary}).
 */
final class ServerHeap {
  /** The highest heap use seen before and after a collection, in bytes, and how many there were. */
  record Peak(long beforeGc, long afterGc, int collections) {}

  private final long pid;
  private final String name;
  private final Path file;

  private ServerHeap(long pid, String name, Path file) {
    this.pid = pid;
    this.name = name;
    this.file = file;
  }

  /** Starts recording the server's heap; {@link #peak} stops and reads the recording. */
  static ServerHeap record(String name) throws Exception {
    long pid =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No Payara Micro process under this one"))
            .pid();
    Path file = Path.of("target", name + ".jfr").toAbsolutePath();
    Files.deleteIfExists(file);
    jcmd(pid, "JFR.start", "name=" + name, "settings=default", "filename=" + file);
    return new ServerHeap(pid, name, file);
  }

  Peak peak() throws Exception {
    jcmd(pid, "JFR.stop", "name=" + name);
    return peakOf(file);
  }

  /**
   * The peaks of a recording. After a collection counts only for pauses that free memory (young,
   * mixed, full): the summary G1's concurrent cycle reports also holds all that was allocated while
   * it marked.
   */
  static Peak peakOf(Path recording) throws IOException {
    List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
    Set<Integer> concurrent = new HashSet<>();
    for (RecordedEvent event : events) {
      if (event.getEventType().getName().equals("jdk.GarbageCollection")
          && event.getString("name").equals("G1Old")) {
        concurrent.add(event.getInt("gcId"));
      }
    }
    long before = 0;
    long after = 0;
    int collections = 0;
    for (RecordedEvent event : events) {
      if (event.getEventType().getName().equals("jdk.GCHeapSummary")) {
        long used = event.getLong("heapUsed");
        if (!"After GC".equals(event.getString("when"))) {
          before = Math.max(before, used);
        } else if (!concurrent.contains(event.getInt("gcId"))) {
          after = Math.max(after, used);
          collections++;
        }
      }
    }
    return new Peak(before, after, collections);
  }

  private static void jcmd(long pid, String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
    line.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes());
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", line) + ": " + output);
    }
  }
}
