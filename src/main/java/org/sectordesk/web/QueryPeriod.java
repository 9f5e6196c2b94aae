package org.sectordesk.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.sectordesk.domain.BadInputException;
import org.sectordesk.domain.Period;

/** The period of an API request: month=, week=, quarter=, ytd= or from= and to=, as the CLI's options. */
final class QueryPeriod {
  private QueryPeriod() {}

  static Period of(Context ctx) {
    try {
      if (ctx.queryParam("month") != null) {
        return Period.month(YearMonth.parse(ctx.queryParam("month")));
      }
      if (ctx.queryParam("week") != null) {
        return Period.week(LocalDate.parse(ctx.queryParam("week")));
      }
      if (ctx.queryParam("quarter") != null) {
        String q = ctx.queryParam("quarter").trim().toUpperCase();
        if (!q.matches("\\d{4}-Q[1-4]")) {
          throw new BadInputException("quarter must look like 2024-Q4, got '" + ctx.queryParam("quarter") + "'");
        }
        return Period.quarter(Integer.parseInt(q.substring(0, 4)), q.charAt(6) - '0');
      }
      if (ctx.queryParam("ytd") != null) {
        return Period.yearToDate(LocalDate.parse(ctx.queryParam("ytd")));
      }
      if (ctx.queryParam("from") != null && ctx.queryParam("to") != null) {
        return Period.custom(LocalDate.parse(ctx.queryParam("from")), LocalDate.parse(ctx.queryParam("to")));
      }
    } catch (DateTimeParseException e) {
      throw new BadInputException("bad date: " + e.getParsedString(), e);
    }
    throw new BadInputException("give the period: month=2024-11, week=2024-09-02, quarter=2024-Q4, ytd=DATE or from=&to=");
  }

  static LocalDate date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadInputException(name + " must be a date like 2024-12-02, got '" + v + "'", e);
    }
  }

  static LocalDate requiredDate(Context ctx, String name) {
    LocalDate d = date(ctx, name);
    if (d == null) {
      throw new BadInputException("the parameter " + name + " is required (a date like 2024-12-02)");
    }
    return d;
  }
}
