package org.sectordesk.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.domain.Period;
import org.sectordesk.domain.PriceHistory;

/** An index's calendar-month returns for the last N months (the monthly report's bar chart). */
public final class MonthlyReturns {
  /** One month's return; {@code value} is NaN when the history does not cover the month. */
  public record MonthReturn(YearMonth month, double value) {}

  private MonthlyReturns() {}

  /** The {@code n} months ending with {@code last}, oldest first. */
  public static List<MonthReturn> lastMonths(PriceHistory history, YearMonth last, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("number of months must be at least 1, got " + n);
    }
    List<MonthReturn> out = new ArrayList<>(n);
    for (int i = n - 1; i >= 0; i--) {
      YearMonth m = last.minusMonths(i);
      PeriodReturn r = PeriodReturns.compute(history, Period.month(m));
      boolean full = r.status() == ReturnStatus.NORMAL || r.status() == ReturnStatus.NO_TRADES_IN_PERIOD;
      out.add(new MonthReturn(m, full ? r.value() : Double.NaN));
    }
    return out;
  }
}
