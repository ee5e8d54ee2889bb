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
 * A Java Flight Recorder recording of the server under test (the Payara Micro process the tests
 * started), made through {@code jcmd} while a benchmark step runs. It stays in {@code
 * target/<name>.jfr}: {@code java src/bench/HotMethods.java target/<name>.jfr} says where the CPU
 * went. With the default settings it serves for the heap: every garbage collection reports the heap
 * used before and after it ({@code jdk.GCHeapSummary}). The peak after a collection is about what
 * the step kept alive at most (old garbage that no mixed collection took yet included); the peak
 * before one includes all garbage.
 */
final class ServerRecording {
  /** The highest heap use seen before and after a collection, in bytes, and how many there were. */
  record Peak(long beforeGc, long afterGc, int collections) {}

  private final long pid;
  private final String name;
  private final Path file;

  private ServerRecording(long pid, String name, Path file) {
    this.pid = pid;
    this.name = name;
    this.file = file;
  }

  /**
   * Starts recording the server with JFR's settings of that name ({@code default}, {@code
   * profile}); {@link #stop} or {@link #peak} stops it.
   */
  static ServerRecording start(String name, String settings) throws Exception {
    long pid =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("payara-micro"))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No Payara Micro process under this one"))
            .pid();
    Path file = Path.of("target", name + ".jfr").toAbsolutePath();
    Files.deleteIfExists(file);
    jcmd(pid, "JFR.start", "name=" + name, "settings=" + settings, "filename=" + file);
    return new ServerRecording(pid, name, file);
  }

  void stop() throws Exception {
    jcmd(pid, "JFR.stop", "name=" + name);
  }

  /** Stops the recording and reads the heap's peaks from it. */
  Peak peak() throws Exception {
    stop();
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
