package org.sectordesk.desk.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.sectordesk.domain.Market;
import org.sectordesk.domain.ValuationPoint;

/**
 * A deterministic synthetic full market for the benchmark: shares in Hong Kong, the US and mainland
 * China plus a few dozen indices, with per-market holidays, names listed during the history, suspended
 * names and a PE-TTM series for every index. Bars are written in the desk CSV layout, one trading day
 * after another (the order a vendor's daily full-market dump has).
 *
 * <p>Everything follows from {@code seed}: two runs with the same arguments write identical files.
 */
public final class SyntheticMarket {
  /** The indices of the market; each has a PE-TTM series. */
  static final List<String> INDEX_CODES = List.of(
      "HSI.HI", "HSTECH.HI", "HSCEI.HI", "HSCI.HI", "IXIC.GI", "SPX.GI", "DJI.GI", "NDX.GI", "RUT.GI",
      "SOX.GI", "000300.SH", "000001.SH", "000016.SH", "000905.SH", "000852.SH", "000688.SH", "000932.SH",
      "399001.SZ", "399006.SZ", "399005.SZ", "801760.SI", "801750.SI", "801770.SI", "801080.SI",
      "801740.SI", "801880.SI", "801120.SI", "801150.SI", "801780.SI", "801790.SI", "801230.SI",
      "930651.CSI", "931071.CSI", "931079.CSI", "930713.CSI", "H30533.CSI");

  private final int securities;
  private final LocalDate firstDay;
  private final LocalDate lastDay;
  private final YearMonth reviewMonth;
  private final long seed;
  private final List<Listing> listings;

  /** One security of the synthetic market. */
  public record Listing(String code, Market market, String currency, boolean index, LocalDate listed,
      LocalDate suspendedFrom, LocalDate suspendedTo) {
    public Listing {
      Objects.requireNonNull(code, "code");
    }

    boolean trades(LocalDate day) {
      if (day.isBefore(listed)) {
        return false;
      }
      return suspendedFrom == null || day.isBefore(suspendedFrom) || day.isAfter(suspendedTo);
    }
  }

  /**
   * @param securities  number of securities including the indices (at least the number of indices + 3)
   * @param years       length of the history, ending on the last day of {@code lastMonth}
   * @param reviewMonth a month for which some names are suspended throughout and some are listed inside
   */
  public SyntheticMarket(int securities, int years, YearMonth lastMonth, YearMonth reviewMonth, long seed) {
    if (securities < INDEX_CODES.size() + 3) {
      throw new IllegalArgumentException("securities must be at least " + (INDEX_CODES.size() + 3) + ", got " + securities);
    }
    if (years < 1 || years > 60) {
      throw new IllegalArgumentException("years must be 1 to 60, got " + years);
    }
    this.securities = securities;
    this.lastDay = lastMonth.atEndOfMonth();
    this.firstDay = lastMonth.plusMonths(1).atDay(1).minusYears(years);
    if (reviewMonth.atDay(1).isBefore(firstDay.plusMonths(2)) || reviewMonth.isAfter(lastMonth)) {
      throw new IllegalArgumentException("review month " + reviewMonth + " must lie in the history " + firstDay + ".." + lastDay
          + " after its first two months");
    }
    this.reviewMonth = reviewMonth;
    this.seed = seed;
    this.listings = makeListings();
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  public LocalDate lastDay() {
    return lastDay;
  }

  public YearMonth reviewMonth() {
    return reviewMonth;
  }

  public List<Listing> listings() {
    return listings;
  }

  public List<String> codes() {
    return listings.stream().map(Listing::code).toList();
  }

  private List<Listing> makeListings() {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Listing> out = new ArrayList<>(securities);
    for (String code : INDEX_CODES) {
      Market m = Market.ofCode(code);
      out.add(new Listing(code, m, m.tradingCurrency(), true, firstDay, null, null));
    }
    int stocks = securities - INDEX_CODES.size();
    int hk = stocks * 18 / 100;
    int us = stocks * 42 / 100;
    int cn = stocks - hk - us;
    long days = lastDay.toEpochDay() - firstDay.toEpochDay();
    LocalDate monthStart = reviewMonth.atDay(1);
    for (int i = 0; i < stocks; i++) {
      String code;
      if (i < hk) {
        code = String.format("%04d.HK", 1 + i * 9999 / hk);
      } else if (i < hk + us) {
        code = usTicker(i - hk) + ((i & 1) == 0 ? ".O" : ".N");
      } else {
        int j = i - hk - us;
        int third = cn / 3;
        code = j < third ? (600000 + j) + ".SH" : j < 2 * third ? String.format("%06d.SZ", 1 + j - third) : (830000 + j - 2 * third) + ".BJ";
      }
      Market m = Market.ofCode(code);
      LocalDate listed = firstDay;
      LocalDate suspFrom = null;
      LocalDate suspTo = null;
      int kind = i % 500;
      if (kind == 7) {            // listed during the review month
        listed = monthStart.plusDays(3 + rnd.nextInt(20));
      } else if (kind == 11) {    // suspended from before the review month until after it
        suspFrom = monthStart.minusDays(10 + rnd.nextInt(200));
        suspTo = reviewMonth.atEndOfMonth().plusDays(5 + rnd.nextInt(60));
      } else if (rnd.nextInt(100) < 6) {  // listed some time during the history
        listed = firstDay.plusDays(1 + rnd.nextLong(days - 10));
      } else if (rnd.nextInt(100) < 2) {  // a suspension some time during the history
        suspFrom = firstDay.plusDays(30 + rnd.nextLong(days - 200));
        suspTo = suspFrom.plusDays(5 + rnd.nextInt(150));
      }
      out.add(new Listing(code, m, m.tradingCurrency(), false, listed, suspFrom, suspTo));
    }
    return List.copyOf(out);
  }

  private static String usTicker(int n) {
    StringBuilder b = new StringBuilder();
    int len = n < 26 * 26 ? 2 : n < 26 * 26 + 26 * 26 * 26 ? 3 : 4;
    int v = len == 2 ? n : len == 3 ? n - 26 * 26 : n - 26 * 26 - 26 * 26 * 26;
    for (int k = 0; k < len; k++) {
      b.append((char) ('A' + v % 26));
      v /= 26;
    }
    return b.reverse().toString();
  }

  /** Whether a market is open on a day: weekdays less a fixed set of holidays per market and year. */
  boolean open(Market market, LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return false;
    }
    if (day.getDayOfYear() == 1) {
      return false;
    }
    // eight more holidays a year, chosen by a hash of (market, year): stable, different per market
    long h = mix(seed * 31 + market.ordinal() * 1_000_003L + day.getYear());
    for (int k = 0; k < 8; k++) {
      int doy = 2 + (int) Long.remainderUnsigned(h, 360);
      if (doy == day.getDayOfYear()) {
        return false;
      }
      h = mix(h);
    }
    return true;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Writes every bar in the desk CSV layout; returns the number of bars written. */
  public long writeBars(Path file) {
    int n = listings.size();
    double[] adj = new double[n];
    double[] factor = new double[n];   // raw close = adj / factor (dividends lower the factor going back)
    double[] vol = new double[n];
    byte[][] codeBytes = new byte[n][];
    byte[][] ccyBytes = new byte[n][];
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5eedL);
    for (int i = 0; i < n; i++) {
      Listing l = listings.get(i);
      adj[i] = l.index() ? 1000 + rnd.nextInt(9000) : 2 + rnd.nextDouble() * 200;
      factor[i] = 1.0;
      vol[i] = l.index() ? 0.012 : 0.01 + rnd.nextDouble() * 0.03;
      codeBytes[i] = (l.code() + ",").getBytes(StandardCharsets.US_ASCII);
      ccyBytes[i] = ("," + l.currency() + "\n").getBytes(StandardCharsets.US_ASCII);
    }
    Market[] markets = Market.values();
    boolean[] open = new boolean[markets.length];
    byte[] buf = new byte[256];
    long written = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write("code,date,open,high,low,close,adj_close,volume,currency\n".getBytes(StandardCharsets.US_ASCII));
      for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
        boolean any = false;
        for (Market m : markets) {
          open[m.ordinal()] = open(m, day);
          any |= open[m.ordinal()];
        }
        if (!any) {
          continue;
        }
        byte[] date = (day + ",").getBytes(StandardCharsets.US_ASCII);
        boolean exDivSeason = day.getMonthValue() == 6;
        for (int i = 0; i < n; i++) {
          Listing l = listings.get(i);
          if (!open[l.market().ordinal()] || !l.trades(day)) {
            continue;
          }
          double g = gaussian(rnd);
          double drift = adj[i] > 2000 && !l.index() ? -0.002 : adj[i] < 1 ? 0.004 : 0.0002;
          adj[i] *= Math.exp(drift + vol[i] * g);
          if (exDivSeason && !l.index() && rnd.nextInt(20) == 0) {
            factor[i] *= 1 - 0.005 * rnd.nextInt(6);   // an ex-dividend day: adjusted closes before it fall
          }
          double close = adj[i] / factor[i];
          double range = close * vol[i];
          double open1 = close + range * (rnd.nextDouble() - 0.5);
          double high = Math.max(close, open1) + range * rnd.nextDouble() * 0.5;
          double low = Math.max(0.001, Math.min(close, open1) - range * rnd.nextDouble() * 0.5);
          long volume = l.index() ? 0 : 1000 + rnd.nextInt(5_000_000);
          int p = 0;
          p = put(buf, p, codeBytes[i]);
          p = put(buf, p, date);
          p = fixed(buf, p, open1, 3);
          buf[p++] = ',';
          p = fixed(buf, p, high, 3);
          buf[p++] = ',';
          p = fixed(buf, p, low, 3);
          buf[p++] = ',';
          p = fixed(buf, p, close, 3);
          buf[p++] = ',';
          // adj_close is written with the same rounding as the stored value is compared, 4 decimals
          p = fixed(buf, p, Math.round(close * 1000) / 1000.0 * factor[i], 4);
          buf[p++] = ',';
          if (!l.index()) {
            p = integer(buf, p, volume);
          }
          p = put(buf, p, ccyBytes[i]);
          out.write(buf, 0, p);
          written++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return written;
  }

  /** Month-end PE-TTM of every index over the whole history (a slow mean-reverting walk). */
  public List<ValuationPoint> valuation() {
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x9e3779b97f4a7c15L);
    List<ValuationPoint> out = new ArrayList<>();
    for (String code : INDEX_CODES) {
      Market m = Market.ofCode(code);
      double mean = 10 + rnd.nextInt(30);
      double pe = mean * (0.7 + 0.6 * rnd.nextDouble());
      for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
        if (!open(m, day)) {
          continue;
        }
        pe += 0.01 * (mean - pe) + 0.015 * mean * gaussian(rnd);
        out.add(new ValuationPoint(code, day, Math.round(pe * 100) / 100.0));
      }
    }
    return out;
  }

  private static double gaussian(SplittableRandom rnd) {
    // Irwin-Hall approximation: quick and good enough for a synthetic walk
    double s = 0;
    for (int k = 0; k < 4; k++) {
      s += rnd.nextDouble();
    }
    return (s - 2) * 1.7320508075688772;
  }

  private static int put(byte[] buf, int p, byte[] b) {
    System.arraycopy(b, 0, buf, p, b.length);
    return p + b.length;
  }

  private static final long[] POW10 = {1, 10, 100, 1000, 10000, 100000};

  private static int fixed(byte[] buf, int p, double v, int decimals) {
    long scaled = Math.round(v * POW10[decimals]);
    long whole = scaled / POW10[decimals];
    long frac = scaled % POW10[decimals];
    p = integer(buf, p, whole);
    buf[p++] = '.';
    for (int d = decimals - 1; d >= 0; d--) {
      buf[p + d] = (byte) ('0' + frac % 10);
      frac /= 10;
    }
    return p + decimals;
  }

  private static int integer(byte[] buf, int p, long v) {
    if (v == 0) {
      buf[p] = '0';
      return p + 1;
    }
    int start = p;
    while (v > 0) {
      buf[p++] = (byte) ('0' + v % 10);
      v /= 10;
    }
    for (int a = start, b = p - 1; a < b; a++, b--) {
      byte t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
    return p;
  }
}
