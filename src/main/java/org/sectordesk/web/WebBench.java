package org.sectordesk.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code desk bench web}: starts the web desk on loopback (any free port), lets N clients ask the dashboard's API
 * question ({@code /api/review}) back to back for a bounded time after a warm-up, and reports latency percentiles,
 * throughput and errors. The baseline, measured first in the same run, is the same load on a desk that computes
 * every answer (no answer cache, the database held open throughout): what the desk did before it kept answers.
 */
public final class WebBench {
  /** What a run measured; latencies in milliseconds. */
  public record Result(int clients, double seconds, long requests, long errors, double p50, double p99, double max,
      double perSecond) {
    public List<String> lines() {
      return lines("web bench");
    }

    List<String> lines(String title) {
      return List.of(String.format("%s: %d clients, %.1f s, GET /api/review on loopback", title, clients, seconds),
          String.format("  requests %d, errors %d, throughput %.1f req/s", requests, errors, perSecond),
          String.format("  latency p50 %.1f ms, p99 %.1f ms, max %.1f ms", p50, p99, max));
    }
  }

  /** The desk as it serves, and (when measured) the baseline that computes every answer. */
  public record Comparison(Result baseline, Result served) {
    public List<String> lines() {
      List<String> l = new ArrayList<>();
      if (baseline != null) {
        l.addAll(baseline.lines("baseline, every answer computed"));
      }
      l.addAll(served.lines("web desk as served (answers kept per question and data version)"));
      if (baseline != null && baseline.requests() > baseline.errors()) {
        l.add(String.format("  vs baseline: p50 %.1fx faster, p99 %.1fx faster, throughput %.1fx", baseline.p50() / served.p50(),
            baseline.p99() / served.p99(), served.perSecond() / baseline.perSecond()));
      }
      l.add(String.format("  target p99 < 100 ms with 0 errors: %s", served.p99() < 100 && served.errors() == 0 ? "met" : "MISSED"));
      return l;
    }
  }

  private WebBench() {}

  /** The baseline ({@code baseline} long, skipped when zero), then the desk as served. */
  public static Comparison compare(Path workspaceDir, String query, int clients, Duration warmUp, Duration measure,
      Duration baseline) throws Exception {
    Result base = null;
    if (!baseline.isZero()) {
      try (WebDesk web = WebDesk.start(workspaceDir, "127.0.0.1", 0, true, Duration.ofDays(1), 0)) {
        base = measure(web, query, clients, Duration.ofSeconds(1), baseline);
      }
    }
    return new Comparison(base, run(workspaceDir, query, clients, warmUp, measure));
  }

  public static Result run(Path workspaceDir, String query, int clients, Duration warmUp, Duration measure)
      throws Exception {
    try (WebDesk web = WebDesk.start(workspaceDir, "127.0.0.1", 0, true)) {
      return measure(web, query, clients, warmUp, measure);
    }
  }

  private static Result measure(WebDesk web, String query, int clients, Duration warmUp, Duration measure) throws Exception {
    String path = "/api/review?" + query;
    drive(web.port(), path, clients, warmUp.toNanos(), new ArrayList<>(), new AtomicLong());
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long t0 = System.nanoTime();
    drive(web.port(), path, clients, measure.toNanos(), latencies, errors);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(clients, seconds, sorted.size() + errors.get(), errors.get(), pct(sorted, 0.50), pct(sorted, 0.99),
        sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() - 1) / 1e6, sorted.size() / seconds);
  }

  /** {@code clients} clients, each on a kept-alive connection of its own, asking back to back for {@code nanos}. */
  private static void drive(int port, String path, int clients, long nanos, List<Long> latencies, AtomicLong errors)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      long end = System.nanoTime() + nanos;
      List<Future<?>> jobs = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        jobs.add(pool.submit(() -> {
          List<Long> mine = new ArrayList<>();
          try (LoopbackClient client = new LoopbackClient(port, path)) {
            while (System.nanoTime() < end) {
              long s = System.nanoTime();
              try {
                if (client.get() > 0) {
                  mine.add(System.nanoTime() - s);
                } else {
                  errors.incrementAndGet();
                }
              } catch (Exception e) {
                errors.incrementAndGet();
              }
            }
          }
          latencies.addAll(mine);
          return null;
        }));
      }
      for (Future<?> j : jobs) {
        j.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }
}
