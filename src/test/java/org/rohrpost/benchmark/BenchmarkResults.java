package org.rohrpost.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Where a benchmark's figures go: a table row printed and appended to its file in target/. */
final class BenchmarkResults {
  private BenchmarkResults() {}

  /** The database the benchmark ran on, as the table names it. */
  static String database() {
    return System.getProperty("rohrpost.db.url", "").startsWith("jdbc:postgresql")
        ? "PostgreSQL"
        : "H2";
  }

  static void append(String file, String row) throws IOException {
    System.out.print("BENCHMARK " + row);
    Files.writeString(
        Path.of("target", file), row, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
