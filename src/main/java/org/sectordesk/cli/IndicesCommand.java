package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.sectordesk.desk.Desk;
import org.sectordesk.desk.view.IndicesView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "indices", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Index returns over a period (the weekly report's opening paragraph).",
        "In the order of desk.yaml, or of the codes given.", "",
        "Examples:  desk -w WORK indices --week 2024-09-02",
        "           desk -w WORK indices --month 2024-11 HSTECH.HI IXIC.GI --format json"})
final class IndicesCommand implements Callable<Integer> {
  @ParentCommand DeskCommand root;
  @Spec CommandSpec spec;
  @Mixin PeriodMixin periodMixin;

  @Mixin LangOption lang;

  @Parameters(arity = "0..*", paramLabel = "CODE", description = "Index codes. Default: every index of the workspace.")
  List<String> codes = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Override
  public Integer call() {
    try (Desk desk = root.openDesk()) {
      IndicesView v = desk.indices(codes, periodMixin.period());
      for (IndicesView.Row r : v.rows()) {
        if (r.isStale()) {
          spec.commandLine().getErr().println("stale: " + r.code() + " " + r.name() + " data ends " + r.dataThrough()
              + ", before the last trading day of " + v.period().start() + ".." + v.period().end() + ": no return");
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      switch (format) {
        case json -> Json.print(out, v);
        case csv -> {
          Csv.line(out, List.of("code", "name", "return_pct", "close", "close_date", "status", "data_through"));
          for (IndicesView.Row r : v.rows()) {
            Csv.line(out, Arrays.asList(r.code(), r.name(), Numbers.pctValue(r.periodReturn()), r.close(),
                r.closeDate() == null ? null : r.closeDate().toString(), r.status(),
                r.dataThrough() == null ? null : r.dataThrough().toString()));
          }
          out.flush();
        }
        default -> {
          out.println(lang.t("指数涨跌幅 " + v.period().start() + " 至 " + v.period().end(),
              "Index returns " + v.period().start() + " to " + v.period().end()));
          TextTable t = new TextTable(lang.en() ? List.of("Code", "Index", "Return", "Close") : List.of("代码", "指数", "涨跌幅", "收盘"),
              false, false, true, true);
          for (IndicesView.Row r : v.rows()) {
            t.row(List.of(r.code(), r.name() + (r.isStale() ? StaleNotes.MARK : ""),
                r.isStale() ? "—" : Numbers.pct(r.periodReturn(), 2) + "%",
                r.close() == null ? "—" : Numbers.num(r.close(), 2, true)));
          }
          t.print(out);
          if (v.rows().stream().anyMatch(IndicesView.Row::isStale)) {
            out.println(StaleNotes.MARK + " stale: the data ends before the period's last trading day; no return is shown.");
          }
        }
      }
      return ExitCodes.OK;
    }
  }
}
