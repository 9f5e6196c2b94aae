package org.sectordesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.ForecastTableView;

@Command(name = "estimates", mixinStandardHelpOptions = true,
    description = {"The earnings-forecast and rating table (重点公司盈利预测及投资评级): EPS, PE, rating.",
        "Code, name, rating in force, last close (trading currency), market cap (million, trading currency),",
        "EPS for two fiscal years and PE for both. PE = close converted into the EPS currency at the as-of date's FX / EPS (per ADS for ADRs).",
        "A loss gives a negative PE unless --nm (or settings: {negative_pe: nm} in desk.yaml) asks for NM.",
        "The names, their order and the table's one rating scheme come from forecast_table in desk.yaml;",
        "a rating under another scheme is mapped by the scheme files (maps_to) or printed as published, marked *."})
final class EstimatesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LangOption lang;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the table (default: the latest day with closes).")
  LocalDate asOf;

  @Option(names = "--years", paramLabel = "YEAR", split = ",",
      description = "Fiscal years to show, e.g. 2024,2025 (default: the as-of year and the next).")
  List<Integer> years;

  @Option(names = "--nm", description = "Print NM instead of a PE for loss-making or zero EPS.")
  boolean nm;

  @Option(names = "--all", description = "Every name with a forecast in force (coverage order first) instead of the"
      + " table's own names (forecast_table.names in desk.yaml).")
  boolean all;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("table", "json", "csv").contains(fmt)) {
      throw new IllegalArgumentException("--format must be table, json or csv, got '" + format + "'");
    }
    DeskCommand root = (DeskCommand) spec.root().userObject();
    try (Desk desk = root.openDeskToRead()) {
      ForecastTableView t = desk.forecastTable(asOf, years, nm ? Boolean.TRUE : null, all);
      PrintWriter out = spec.commandLine().getOut();
      switch (fmt) {
        case "json" -> Json.print(out, t);
        case "csv" -> table(t, true, lang).printCsv(out);
        default -> {
          String scheme = t.schemeName().isEmpty() ? "" : lang.t("，评级体系：" + t.schemeName() + "（" + t.scheme() + "）",
              ", ratings under " + t.schemeName() + " (" + t.scheme() + ")");
          out.println(lang.t("重点公司盈利预测及投资评级 — 截至 " + t.asOf(),
              "Earnings forecasts and ratings of key companies — as of " + t.asOf()) + scheme);
          table(t, false, lang).printText(out);
          footnotes(t, lang).forEach(out::println);
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  static BookTable table(ForecastTableView t, boolean csv) {
    return table(t, csv, new LangOption());
  }

  static BookTable table(ForecastTableView t, boolean csv, LangOption lang) {
    List<String> header = new ArrayList<>(csv
        ? List.of("code", "name", "rating", "close", "currency", "mcap_mn")
        : lang.en() ? List.of("Code", "Name", "Rating", "Close", "Currency", "Mkt cap (mn)")
        : List.of("公司代码", "公司名称", "投资评级", "昨收盘", "货币", "总市值(百万)"));
    List<Boolean> right = new ArrayList<>(List.of(false, false, false, true, false, true));
    for (int y : t.years()) {
      header.add(csv ? "eps_" + y : "EPS " + y + "E");
      right.add(true);
    }
    header.add(csv ? "eps_currency" : lang.t("EPS货币", "EPS currency"));
    right.add(false);
    for (int y : t.years()) {
      header.add(csv ? "pe_" + y : "PE " + y + "E");
      right.add(true);
    }
    if (csv) {
      header.add("rating_scheme");
      header.add("flags");
      right.add(false);
      right.add(false);
    }
    BookTable table = new BookTable(header, right);
    for (ForecastTableView.Row r : t.rows()) {
      List<String> cells = new ArrayList<>(csv ? List.of(r.code(), r.name(), r.rating())
          : List.of(r.code(), r.name() + (r.has(ForecastTableView.NO_ESTIMATES) || r.has(ForecastTableView.NO_CLOSE) ? MISSING : ""),
              r.rating() + (r.has(ForecastTableView.RATING_UNMAPPED) ? UNMAPPED : "")));
      cells.add(csv ? BookTable.raw(r.close()) : dash(BookTable.num(r.close(), 1)));
      cells.add(r.currency());
      cells.add(csv ? BookTable.raw(r.mcapMn()) : dash(BookTable.num(r.mcapMn(), 0)));
      String ccy = "";
      for (ForecastTableView.Eps e : r.eps()) {
        cells.add(csv ? BookTable.raw(e.value()) : dash(BookTable.num(e.value(), Math.abs(e.value()) < 1 ? 2 : 1)));
        ccy = ccy.isEmpty() ? e.currency() : ccy;
      }
      cells.add(ccy);
      for (ForecastTableView.Pe p : r.pe()) {
        cells.add(p.nm() ? "NM" : csv ? BookTable.raw(p.value()) : dash(BookTable.num(p.value(), 0)));
      }
      if (csv) {
        cells.add(r.scheme());
        cells.add(String.join(" ", r.flags()));
      }
      table.add(cells);
    }
    return table;
  }

  /** A missing value prints a dash in the text table, as in the report, never a blank that looks lost. */
  private static String dash(String cell) {
    return cell.isEmpty() ? "—" : cell;
  }

  private static final String UNMAPPED = "*";
  private static final String MISSING = "‡";

  /** What the marks of the text table mean, one line per kind, in the table's language. */
  static List<String> footnotes(ForecastTableView t, LangOption lang) {
    return footnotes(t, lang.en());
  }

  /** What the marks of the text table mean, one line per kind, in English. */
  static List<String> footnotes(ForecastTableView t) {
    return footnotes(t, true);
  }

  private static List<String> footnotes(ForecastTableView t, boolean en) {
    List<String> unmapped = new ArrayList<>();
    List<String> noEstimates = new ArrayList<>();
    List<String> noClose = new ArrayList<>();
    for (ForecastTableView.Row r : t.rows()) {
      if (r.has(ForecastTableView.RATING_UNMAPPED)) {
        unmapped.add(r.code() + " " + r.rating() + " (" + r.rated().scheme() + ")");
      }
      if (r.has(ForecastTableView.NO_ESTIMATES)) {
        noEstimates.add(r.code());
      }
      if (r.has(ForecastTableView.NO_CLOSE)) {
        noClose.add(r.code());
      }
    }
    String comma = en ? ", " : "，";
    List<String> out = new ArrayList<>();
    if (!unmapped.isEmpty()) {
      out.add(UNMAPPED + (en ? " rated under another scheme with no mapping to " + t.scheme() + " (maps_to in the scheme"
          + " files): printed as published: " : " 以其他评级体系发布、未映射到 " + t.scheme() + "（评级体系文件的 maps_to），按发布原样显示：")
          + String.join(comma, unmapped));
    }
    if (!noEstimates.isEmpty()) {
      out.add(MISSING + (en ? " no forecast in force on " + t.asOf() + ", EPS and PE missing: "
          : " " + t.asOf() + " 无有效盈利预测，EPS 和 PE 缺失：") + String.join(comma, noEstimates));
    }
    if (!noClose.isEmpty()) {
      out.add(MISSING + (en ? " no close on or before " + t.asOf() + ", close, market cap and PE missing: "
          : " " + t.asOf() + " 及之前无收盘价，收盘价、总市值和 PE 缺失：") + String.join(comma, noClose));
    }
    return out;
  }
}
