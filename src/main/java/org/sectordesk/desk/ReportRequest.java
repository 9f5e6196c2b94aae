package org.sectordesk.desk;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.sectordesk.domain.BadInputException;
import org.sectordesk.domain.Period;
import org.sectordesk.report.Lang;

/** Which report: the monthly one reviewing {@code month}, or the weekly one of the week holding {@code day}. */
public record ReportRequest(String kind, YearMonth month, LocalDate day, Lang lang) {
  public ReportRequest {
    Objects.requireNonNull(lang, "lang");
    if (!kind.equals("monthly") && !kind.equals("weekly")) {
      throw new BadInputException("a report is monthly or weekly, not '" + kind + "'");
    }
    if (kind.equals("monthly") ? month == null : day == null) {
      throw new BadInputException("the " + kind + " report needs " + (kind.equals("monthly") ? "a month" : "a day"));
    }
  }

  public static ReportRequest monthly(YearMonth month, Lang lang) {
    return new ReportRequest("monthly", month, null, lang);
  }

  public static ReportRequest weekly(LocalDate day, Lang lang) {
    return new ReportRequest("weekly", null, day, lang);
  }

  /** The file name without extension, as {@code desk report} writes it: monthly-2024-11, weekly-2024-09-02-en. */
  public String baseName() {
    String id = kind.equals("monthly") ? month.toString() : Period.week(day).start().toString();
    return kind + "-" + id + (lang == Lang.EN ? "-en" : "");
  }
}
