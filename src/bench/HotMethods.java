import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU went during a Java Flight Recorder recording: how busy the server's JVM and
 * the whole machine were and, from the execution samples, the thread kinds, the hottest methods and
 * libraries (package prefixes) by their own time, and the project's own methods by the time spent
 * in them and below them. A single-file program: {@code java src/bench/HotMethods.java
 * target/throughput-H2.jfr [rows]}.
 */
public class HotMethods {
  private static final String OURS = "org.rohrpost.";

  public static void main(String[] args) throws IOException {
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    Map<String, Integer> threads = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> libraries = new HashMap<>();
    Map<String, Integer> inclusive = new HashMap<>();
    int samples = 0;
    double jvmUser = 0;
    double jvmSystem = 0;
    double machine = 0;
    int readings = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (event.getEventType().getName().equals("jdk.CPULoad")) {
        jvmUser += event.getFloat("jvmUser");
        jvmSystem += event.getFloat("jvmSystem");
        machine += event.getFloat("machineTotal");
        readings++;
        continue;
      }
      if (!event.getEventType().getName().equals("jdk.ExecutionSample")
          || event.getStackTrace() == null) {
        continue;
      }
      samples++;
      String thread = event.getThread("sampledThread").getJavaName();
      threads.merge(thread == null ? "?" : thread.replaceAll("[0-9]+", "#"), 1, Integer::sum);
      List<RecordedFrame> frames = event.getStackTrace().getFrames();
      if (frames.isEmpty()) {
        continue;
      }
      String top = name(frames.get(0));
      self.merge(top, 1, Integer::sum);
      libraries.merge(library(top), 1, Integer::sum);
      Set<String> ours = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String method = name(frame);
        if (method.startsWith(OURS)) {
          ours.add(method);
        }
      }
      ours.forEach(method -> inclusive.merge(method, 1, Integer::sum));
    }
    System.out.printf(
        "CPU, mean of %d readings: server JVM %.0f%% user + %.0f%% system, machine %.0f%%%n",
        readings, 100 * jvmUser / readings, 100 * jvmSystem / readings, 100 * machine / readings);
    System.out.printf("%d execution samples%n", samples);
    print("threads", threads, samples, rows);
    print("methods, own time", self, samples, rows);
    print("libraries, own time", libraries, samples, rows);
    print("Rohrpost's methods, with what they call", inclusive, samples, rows * 2);
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  /**
   * A method's library: the first three parts of its package (org.eclipse.persistence), fewer for
   * a shorter package (java.util).
   */
  private static String library(String method) {
    String[] parts = method.split("\\.");
    int keep = Math.min(3, parts.length - 2);
    return String.join(".", List.of(parts).subList(0, Math.max(1, keep)));
  }

  private static void print(String title, Map<String, Integer> counts, int samples, int rows) {
    System.out.printf("%n-- %s --%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(rows)
        .forEach(
            e ->
                System.out.printf(
                    "%6.1f%%  %6d  %s%n", 100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
  }
}
