package org.rohrpost.batch.boundary;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rohrpost.ledger.control.Throughput;

/**
 * A batch's throughput as the shapes of an inline SVG bar chart (drawn on the server: the pages run
 * no scripts): a bar per bucket scaled to the busiest one, the axes and their labels, times in UTC.
 */
public final class ThroughputChart {
  public static final int WIDTH = 720;
  public static final int HEIGHT = 220;
  private static final int LEFT = 48;
  private static final int RIGHT = 12;
  private static final int TOP = 14;
  private static final int BOTTOM = 30;
  private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
  private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

  /** Bars are never wider than this many would make them (a few bars stay bars, not blocks). */
  private static final int MIN_SLOTS = 20;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  /** A bar: its rectangle and what it says on hovering. */
  public record Bar(String x, String y, String width, String height, String title) {}

  /** A label at a point, anchored {@code start}, {@code middle} or {@code end}. */
  public record Label(String x, String y, String anchor, String text) {}

  private final Throughput.Chart chart;

  public ThroughputChart(Throughput.Chart chart) {
    this.chart = chart;
  }

  public boolean isNothingSent() {
    return chart.bars().isEmpty();
  }

  public List<Bar> getBars() {
    List<Throughput.Bar> bars = chart.bars();
    double slot = (double) PLOT_WIDTH / Math.max(MIN_SLOTS, bars.size());
    double width = Math.max(1, slot * 0.8);
    long max = Math.max(1, chart.max());
    List<Bar> shapes = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Throughput.Bar bar = bars.get(i);
      double height = (double) bar.sent() / max * PLOT_HEIGHT;
      shapes.add(
          new Bar(
              number(LEFT + i * slot + (slot - width) / 2),
              number(TOP + PLOT_HEIGHT - height),
              number(width),
              number(height),
              TIME.format(bar.start()) + ": " + bar.sent() + " sent"));
    }
    return shapes;
  }

  public List<Label> getLabels() {
    List<Throughput.Bar> bars = chart.bars();
    if (bars.isEmpty()) {
      return List.of();
    }
    String below = Integer.toString(TOP + PLOT_HEIGHT + 18);
    return List.of(
        new Label(Integer.toString(LEFT - 6), Integer.toString(TOP + 4), "end", "" + chart.max()),
        new Label(Integer.toString(LEFT - 6), Integer.toString(TOP + PLOT_HEIGHT), "end", "0"),
        new Label(Integer.toString(LEFT), below, "start", TIME.format(bars.get(0).start())),
        new Label(
            Integer.toString(LEFT + PLOT_WIDTH),
            below,
            "end",
            TIME.format(bars.get(bars.size() - 1).start().plus(chart.bucket()))));
  }

  /** Where the axes run: the plot's left, right, top and bottom edges. */
  public int getAxisLeft() {
    return LEFT;
  }

  public int getAxisRight() {
    return LEFT + PLOT_WIDTH;
  }

  public int getAxisTop() {
    return TOP;
  }

  public int getAxisBottom() {
    return TOP + PLOT_HEIGHT;
  }

  public String getViewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  /** What the chart shows, e.g. "3 messages sent, per 10 s (UTC)". */
  public String getCaption() {
    return chart.total() + " messages sent, per " + span(chart.bucket()) + " (UTC)";
  }

  private static String span(Duration bucket) {
    long s = bucket.toSeconds();
    if (s % 3600 == 0) {
      return s / 3600 + " h";
    }
    return s % 60 == 0 ? s / 60 + " min" : s + " s";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
