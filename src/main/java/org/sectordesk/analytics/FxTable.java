package org.sectordesk.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sectordesk.domain.FxKind;
import org.sectordesk.domain.FxRate;

/**
 * Exchange rates by pair, source and day, with provenance.
 *
 * <p>The rate for a day is chosen among every way to get it: the pair as stored, its inverse, and crosses
 * through USD, CNY or HKD, from every source. Only values known on that day count (a month's average only
 * once the month is over: no look-ahead). Among them a value within the policy's maximum age beats one
 * beyond it; then a daily fixing beats a month-end rate, which beats a monthly average; then the fresher
 * value wins; then the source the policy prefers; then the direct pair over its inverse over a cross.
 */
public final class FxTable {
  /**
   * A rate used for a conversion.
   *
   * @param date   the day of the value used (for a cross: the older leg's)
   * @param source its source (for a cross: both, joined by {@code +})
   * @param kind   its kind (for a cross: the weaker leg's)
   * @param ageDays calendar days from the day the value describes to the day it was asked for
   * @param stale  true when older than the policy's maximum age
   */
  public record Quote(LocalDate date, double rate, String source, FxKind kind, long ageDays, boolean stale) {
    public Quote(LocalDate date, double rate) {
      this(date, rate, "", FxKind.DAILY, 0, false);
    }
  }

  private record Key(String base, String quote, String source, FxKind kind) {}

  /** @param weakness sum of the legs' kind ranks: of two crosses of the same kind, the one with more fixings wins */
  private record Candidate(Quote quote, LocalDate asOf, int route, int sourceRank, int weakness) {}

  /** For each pair, source and kind: values by the first day they are known. */
  private final Map<Key, NavigableMap<LocalDate, FxRate>> series = new java.util.LinkedHashMap<>();
  private final FxPolicy policy;

  private FxTable(List<FxRate> rates, FxPolicy policy) {
    this.policy = policy;
    for (FxRate r : rates) {
      series.computeIfAbsent(new Key(r.base(), r.quote(), r.source(), r.kind()), k -> new TreeMap<>())
          .put(r.knownFrom(), r);
    }
  }

  public static FxTable of(List<FxRate> rates) {
    return new FxTable(rates, FxPolicy.DEFAULT);
  }

  public static FxTable of(List<FxRate> rates, FxPolicy policy) {
    return new FxTable(rates, policy);
  }

  public FxPolicy policy() {
    return policy;
  }

  /** Units of {@code quote} per unit of {@code base} on {@code day}, or empty when no rate is known by then. */
  public Optional<Quote> rate(String base, String quote, LocalDate day) {
    if (base.equals(quote)) {
      return Optional.of(new Quote(day, 1.0, "", FxKind.DAILY, 0, false));
    }
    List<Candidate> all = new ArrayList<>(direct(base, quote, day));
    for (String via : List.of("USD", "CNY", "HKD")) {
      if (via.equals(base) || via.equals(quote)) {
        continue;
      }
      for (Candidate a : direct(base, via, day)) {
        for (Candidate b : direct(via, quote, day)) {
          all.add(cross(a, b, day));
        }
      }
    }
    return all.stream().min(ORDER).map(Candidate::quote);
  }

  private static final Comparator<Candidate> ORDER = Comparator
      .comparing((Candidate c) -> c.quote().stale())
      .thenComparing(c -> c.quote().kind())
      .thenComparingInt(Candidate::weakness)
      .thenComparing(Candidate::asOf, Comparator.reverseOrder())
      .thenComparingInt(Candidate::sourceRank)
      .thenComparingInt(Candidate::route)
      .thenComparing(c -> c.quote().source());

  /** Like {@link #rate} but fails with a message naming the pair and day. */
  public Quote require(String base, String quote, LocalDate day) {
    return rate(base, quote, day).orElseThrow(() -> new IllegalStateException(
        "no " + base + "/" + quote + " rate on or before " + day + " (import FX rates: desk import fx FILE)"));
  }

  /** The stored pair and its inverse, one candidate per source and kind: the latest value known on {@code day}. */
  private List<Candidate> direct(String base, String quote, LocalDate day) {
    List<Candidate> out = new ArrayList<>();
    series.forEach((k, m) -> {
      boolean forward = k.base().equals(base) && k.quote().equals(quote);
      boolean inverse = k.base().equals(quote) && k.quote().equals(base);
      if (!forward && !inverse) {
        return;
      }
      Map.Entry<LocalDate, FxRate> e = m.floorEntry(day);
      if (e == null) {
        return;
      }
      FxRate r = e.getValue();
      LocalDate asOf = r.kind().asOf(r.date());
      long age = Math.max(0, ChronoUnit.DAYS.between(asOf, day));
      double rate = forward ? r.rate() : 1.0 / r.rate();
      out.add(new Candidate(new Quote(r.date(), rate, r.source(), r.kind(), age, age > policy.maxAgeDays()),
          asOf, forward ? 0 : 1, policy.rank(r.source()), 2 * r.kind().ordinal()));
    });
    return out;
  }

  private Candidate cross(Candidate a, Candidate b, LocalDate day) {
    Candidate older = a.asOf().isBefore(b.asOf()) ? a : b;
    FxKind kind = a.quote().kind().compareTo(b.quote().kind()) >= 0 ? a.quote().kind() : b.quote().kind();
    String source = a.quote().source().equals(b.quote().source()) ? a.quote().source()
        : a.quote().source() + "+" + b.quote().source();
    long age = older.quote().ageDays();
    Quote q = new Quote(older.quote().date(), a.quote().rate() * b.quote().rate(), source, kind, age,
        age > policy.maxAgeDays());
    return new Candidate(q, older.asOf(), 2, Math.max(a.sourceRank(), b.sourceRank()),
        a.quote().kind().ordinal() + b.quote().kind().ordinal());
  }

  /** The stored pairs, e.g. {@code USD/CNY}. */
  public List<String> pairs() {
    TreeSet<String> out = new TreeSet<>();
    series.keySet().forEach(k -> out.add(k.base() + "/" + k.quote()));
    return new ArrayList<>(out);
  }
}
