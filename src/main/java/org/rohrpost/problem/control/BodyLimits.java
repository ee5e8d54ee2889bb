package org.rohrpost.problem.control;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How large a request body may be, from MicroProfile Config: {@code ROHRPOST_MAX_BODY_BYTES}
 * ({@code rohrpost.max.body.bytes}, 16 MiB) for any API request, and {@code ROHRPOST_MAX_CSV_BYTES}
 * ({@code rohrpost.max.csv.bytes}, 256 MiB) for a population uploaded as CSV, which is streamed
 * into the database rather than held.
 */
public final class BodyLimits {
  public static final long DEFAULT_BODY = 16L * 1024 * 1024;
  public static final long DEFAULT_CSV = 256L * 1024 * 1024;
  private static final long MIB = 1024 * 1024;

  private BodyLimits() {}

  /** The limit of any API request's body. */
  public static long body() {
    return setting("rohrpost.max.body.bytes", DEFAULT_BODY);
  }

  /** The limit of a population's CSV. */
  public static long csv() {
    return setting("rohrpost.max.csv.bytes", DEFAULT_CSV);
  }

  /** A limit as a person reads it: "16 MiB", or bytes when it is not a whole number of MiB. */
  public static String describe(long bytes) {
    return bytes % MIB == 0 ? bytes / MIB + " MiB" : bytes + " bytes";
  }

  private static long setting(String name, long defaultValue) {
    long value = ConfigProvider.getConfig().getOptionalValue(name, Long.class).orElse(defaultValue);
    return value > 0 ? value : defaultValue;
  }
}
