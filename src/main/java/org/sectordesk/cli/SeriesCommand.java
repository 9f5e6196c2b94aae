package org.sectordesk.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.SeriesDesk;
import org.sectordesk.desk.SeriesListView;
import org.sectordesk.desk.SeriesView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code desk series list|show}: the stored metric series. */
@Command(name = "series", mixinStandardHelpOptions = true,
    description = "Metric series (company and industry KPIs, macro statistics): list them, show one with its growth.",
    subcommands = {SeriesCommand.ListSeries.class, SeriesCommand.Show.class})
final class SeriesCommand {

  static String checkFormat(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "json", "csv").contains(f)) {
      throw new IllegalArgumentException("--format must be table, json or csv, got '" + format + "'");
    }
    return f;
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Every stored series: metric, entity, unit, periods.")
  static final class ListSeries implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, json or csv.")
    String format;

    @Override
    public Integer call() {
      String fmt = checkFormat(format);
      DeskCommand root = (DeskCommand) spec.root().userObject();
      try (Desk desk = root.openDeskToRead()) {
        SeriesListView v = desk.series().list();
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("json")) {
          Json.print(out, v);
          return ExitCodes.OK;
        }
        List<String> head = List.of("metric", "name", "entity", "unit", "points", "first", "last", "estimates");
        if (fmt.equals("csv")) {
          Csv.line(out, head);
          v.series().forEach(r -> Csv.line(out, List.of(r.metric(), r.name(), r.entity(), r.unit(), r.points(), r.first(),
              r.last(), r.estimates())));
        } else {
          TextTable t = new TextTable(head, false, false, false, false, true, false, false, true);
          v.series().forEach(r -> t.row(List.of(r.metric(), r.name(), r.entity(), r.unit(), String.valueOf(r.points()),
              r.first(), r.last(), String.valueOf(r.estimates()))));
          t.print(out);
        }
        out.flush();
        return ExitCodes.OK;
      }
    }
  }

  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"One metric's series with derived measures (yoy, mom, qoq).",
          "Derived measures are percent, unrounded in JSON and CSV; null where the comparison period is missing or",
          "its value is not positive."})
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "METRIC", description = "Metric id of metrics.yaml.")
    String metric;

    @Option(names = "--entity", paramLabel = "E", split = ",", description = "Entities to show (default: all).")
    List<String> entities;

    @Option(names = "--from", paramLabel = "P", description = "First period (2024-01, 2023Q1, 2020).")
    String from;

    @Option(names = "--to", paramLabel = "P", description = "Last period.")
    String to;

    @Option(names = "--derive", paramLabel = "M", split = ",", description = "yoy, mom, qoq (comma separated).")
    List<String> derive;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "table", description = "table, json or csv.")
    String format;

    @Override
    public Integer call() {
      String fmt = checkFormat(format);
      DeskCommand root = (DeskCommand) spec.root().userObject();
      try (Desk desk = root.openDeskToRead()) {
        SeriesView v = desk.series().show(metric, entities == null ? List.of() : entities, from, to,
            derive == null ? List.of() : derive);
        PrintWriter out = spec.commandLine().getOut();
        if (fmt.equals("json")) {
          Json.print(out, v);
          return ExitCodes.OK;
        }
        List<String> head = new ArrayList<>(List.of("entity", "period", "value", "unit", "estimate"));
        v.derived().forEach(d -> head.add(SeriesDesk.DERIVED.get(d)));
        if (fmt.equals("csv")) {
          Csv.line(out, head);
        } else {
          out.println(v.name() + " (" + v.metric() + ")" + (v.unit().isEmpty() ? "" : ", " + v.unit()));
        }
        TextTable t = new TextTable(head.stream().map(h -> h.replace("_pct", " %")).toList(),
            rightAligned(head.size()));
        for (SeriesView.Series s : v.series()) {
          for (SeriesView.Point p : s.points()) {
            List<String> cells = new ArrayList<>();
            cells.add(s.entity());
            cells.add(p.period());
            cells.add(fmt.equals("csv") ? BigDecimal.valueOf(p.value()).toPlainString() : Numbers.num(p.value(), v.decimals(), true));
            cells.add(s.unit());
            cells.add(p.estimate() ? (fmt.equals("csv") ? "true" : "E") : (fmt.equals("csv") ? "false" : ""));
            for (String d : v.derived()) {
              Double x = p.measures().get(SeriesDesk.DERIVED.get(d));
              cells.add(x == null ? (fmt.equals("csv") ? "" : "—")
                  : fmt.equals("csv") ? BigDecimal.valueOf(x).toPlainString() : Numbers.num(x, 1, false));
            }
            if (fmt.equals("csv")) {
              Csv.line(out, cells);
            } else {
              t.row(cells);
            }
          }
        }
        if (!fmt.equals("csv")) {
          t.print(out);
        }
        out.flush();
        return ExitCodes.OK;
      }
    }

    private static boolean[] rightAligned(int n) {
      boolean[] r = new boolean[n];
      for (int i = 2; i < n; i++) {
        r[i] = i != 3 && i != 4;
      }
      return r;
    }
  }
}
