package org.rohrpost.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many of a batch's messages were sent per time bucket, over its whole sending span: the
 * database counts (grouped by bucket, in SQL that H2 and PostgreSQL both speak), so that a page
 * reads at most {@link #MAX_BARS} numbers however large the batch is. The bucket is 10 seconds, or
 * wider when the span would need more bars.
 */
@ApplicationScoped
public class Throughput {
  public static final int MAX_BARS = 60;

  /** Bucket widths in seconds, the narrowest first. */
  static final long[] WIDTHS = {10, 30, 60, 120, 300, 600, 1800, 3600, 7200, 21600, 86400};

  private static final String EPOCH = "extract(epoch from sent_at)";

  @PersistenceContext EntityManager em;

  /** One bucket: its start and how many messages were sent in it. */
  public record Bar(Instant start, long sent) {}

  /** The buckets from the first message sent to the last, empty ones included. */
  public record Chart(Duration bucket, List<Bar> bars) {
    public static final Chart EMPTY = new Chart(Duration.ofSeconds(WIDTHS[0]), List.of());

    public long max() {
      return bars.stream().mapToLong(Bar::sent).max().orElse(0);
    }

    public long total() {
      return bars.stream().mapToLong(Bar::sent).sum();
    }
  }

  public Chart of(long batchId) {
    Object[] span =
        (Object[])
            em.createNativeQuery(
                    "select min("
                        + EPOCH
                        + "), max("
                        + EPOCH
                        + ") from message"
                        + " where batch_id = ? and sent_at is not null")
                .setParameter(1, batchId)
                .getSingleResult();
    if (span[0] == null) {
      return Chart.EMPTY;
    }
    long first = (long) Math.floor(((Number) span[0]).doubleValue());
    long last = (long) Math.floor(((Number) span[1]).doubleValue());
    long width = width(last - first);
    // the width is one of WIDTHS, written into the statement so that select and group by agree
    String bucket = "floor(" + EPOCH + " / " + width + ")";
    Map<Long, Long> counts = new HashMap<>();
    for (Object row :
        em.createNativeQuery(
                "select "
                    + bucket
                    + ", count(*) from message where batch_id = ? and sent_at is not null"
                    + " group by "
                    + bucket)
            .setParameter(1, batchId)
            .getResultList()) {
      Object[] cells = (Object[]) row;
      counts.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
    }
    return chart(counts, first / width, last / width, width);
  }

  /** The narrowest width that shows {@code span} seconds in at most {@link #MAX_BARS} bars. */
  static long width(long span) {
    for (long width : WIDTHS) {
      if (span / width < MAX_BARS) {
        return width;
      }
    }
    return WIDTHS[WIDTHS.length - 1];
  }

  /** Bars for buckets {@code from} to {@code to} (numbers of buckets since the epoch). */
  static Chart chart(Map<Long, Long> counts, long from, long to, long width) {
    List<Bar> bars = new ArrayList<>();
    for (long b = Math.max(from, to - MAX_BARS + 1); b <= to; b++) {
      bars.add(new Bar(Instant.ofEpochSecond(b * width), counts.getOrDefault(b, 0L)));
    }
    return new Chart(Duration.ofSeconds(width), bars);
  }
}
