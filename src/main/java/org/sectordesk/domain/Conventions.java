package org.sectordesk.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The report conventions an analyst picks (desk.yaml {@code conventions:}, a layout's {@code conventions:}, CLI
 * options): each field {@code null} means "not set here" so that a layer can be laid over another.
 *
 * @param ytdBase     {@code calendar} (YTD from the previous year's last close) or a date whose close YTD is
 *                    measured from (seed 000: {@code 2022-12-30})
 * @param closeAsOf   {@code period_end}, {@code report_date} or a date: the day the close columns are as of
 * @param epsDecimals decimals of the forecast table's EPS
 * @param peDecimals  decimals of the forecast table's PE
 */
public record Conventions(String ytdBase, String closeAsOf, Integer epsDecimals, Integer peDecimals) {
  public static final Conventions NONE = new Conventions(null, null, null, null);
  /** What the desk does when nothing is set: calendar YTD, closes at the period end, EPS 1 and PE 0 decimals. */
  public static final Conventions DEFAULT = new Conventions("calendar", "period_end", 1, 0);

  public Conventions {
    ytdBase = ytdBase == null ? null : checkYtdBase(ytdBase.trim());
    closeAsOf = closeAsOf == null ? null : checkCloseAsOf(closeAsOf.trim());
    if (epsDecimals != null && (epsDecimals < 0 || epsDecimals > 6)) {
      throw new IllegalArgumentException("eps_decimals must be 0 to 6, got " + epsDecimals);
    }
    if (peDecimals != null && (peDecimals < 0 || peDecimals > 6)) {
      throw new IllegalArgumentException("pe_decimals must be 0 to 6, got " + peDecimals);
    }
  }

  /** Reads a {@code conventions:} map; unknown keys are refused. */
  public static Conventions of(Map<String, ?> map) {
    if (map == null) {
      return NONE;
    }
    for (String k : map.keySet()) {
      if (!java.util.List.of("ytd_base", "close_as_of", "eps_decimals", "pe_decimals").contains(k)) {
        throw new IllegalArgumentException("unknown convention '" + k + "' (known: ytd_base, close_as_of, eps_decimals, pe_decimals)");
      }
    }
    return new Conventions(text(map.get("ytd_base")), text(map.get("close_as_of")),
        integer(map.get("eps_decimals"), "eps_decimals"), integer(map.get("pe_decimals"), "pe_decimals"));
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }

  private static Integer integer(Object o, String key) {
    if (o == null) {
      return null;
    }
    try {
      return Integer.valueOf(o.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got '" + o + "'");
    }
  }

  /** This layer laid over {@code below}: each field set here wins. */
  public Conventions over(Conventions below) {
    return new Conventions(ytdBase != null ? ytdBase : below.ytdBase, closeAsOf != null ? closeAsOf : below.closeAsOf,
        epsDecimals != null ? epsDecimals : below.epsDecimals, peDecimals != null ? peDecimals : below.peDecimals);
  }

  /** The fixed YTD base date, or {@code null} for calendar YTD (or when not set). */
  public LocalDate ytdBaseDate() {
    return ytdBase == null || ytdBase.equals("calendar") ? null : LocalDate.parse(ytdBase);
  }

  /** The day closes are shown as of. */
  public LocalDate closeDay(LocalDate periodEnd, LocalDate reportDate) {
    String c = closeAsOf == null ? "period_end" : closeAsOf;
    switch (c) {
      case "period_end": return periodEnd;
      case "report_date": return reportDate == null ? periodEnd : reportDate;
      default: return LocalDate.parse(c);
    }
  }

  private static String checkYtdBase(String v) {
    String t = v.toLowerCase(Locale.ROOT);
    if (t.equals("calendar")) {
      return t;
    }
    try {
      return LocalDate.parse(t).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("ytd_base must be 'calendar' or a date (YYYY-MM-DD), got '" + v + "'");
    }
  }

  private static String checkCloseAsOf(String v) {
    String t = v.toLowerCase(Locale.ROOT);
    if (t.equals("period_end") || t.equals("report_date")) {
      return t;
    }
    try {
      return LocalDate.parse(t).toString();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("close_as_of must be period_end, report_date or a date (YYYY-MM-DD), got '" + v + "'");
    }
  }
}
