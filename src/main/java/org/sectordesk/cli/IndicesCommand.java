package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sectordesk.analytics.PeriodReturn;
import org.sectordesk.desk.Desk;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityCodes;
import org.sectordesk.domain.SecurityKind;
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

  @Parameters(arity = "0..*", paramLabel = "CODE", description = "Index codes. Default: every index of the workspace.")
  List<String> codes = new ArrayList<>();

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv. Default: ${DEFAULT-VALUE}")
  OutputFormat format;

  @Override
  public Integer call() {
    try (Desk desk = root.openDeskToRead()) {
      ReferenceData ref = desk.workspace().reference();
      List<String> wanted = new ArrayList<>();
      if (codes.isEmpty()) {
        ref.securities().values().stream().filter(s -> s.kind() == SecurityKind.INDEX).forEach(s -> wanted.add(s.code()));
      } else {
        codes.forEach(c -> wanted.add(SecurityCodes.normalise(c)));
      }
      List<PeriodReturn> returns = desk.market().returns(wanted, periodMixin.period());
      PrintWriter out = spec.commandLine().getOut();
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PeriodReturn r : returns) {
        Security s = ref.require(r.code());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code());
        m.put("name", s.displayName());
        m.put("return_pct", Numbers.pctValue(r.value()));
        m.put("close", r.end() == null ? null : r.end().close());
        m.put("close_date", r.end() == null ? null : r.end().date().toString());
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("data_through", r.dataThrough() == null ? null : r.dataThrough().toString());
        rows.add(m);
        if (r.isStale()) {
          spec.commandLine().getErr().println("stale: " + s.code() + " " + s.displayName() + " data ends " + r.dataThrough()
              + ", before the last trading day of " + periodMixin.period().start() + ".." + periodMixin.period().end()
              + ": no return");
        }
      }
      var p = periodMixin.period();
      switch (format) {
        case json -> {
          Map<String, Object> rootJson = new LinkedHashMap<>();
          rootJson.put("period", Map.of("start", p.start().toString(), "end", p.end().toString()));
          rootJson.put("rows", rows);
          Json.print(out, rootJson);
        }
        case csv -> {
          Csv.line(out, List.of("code", "name", "return_pct", "close", "close_date", "status", "data_through"));
          rows.forEach(m -> Csv.line(out, Arrays.asList(m.values().toArray())));
          out.flush();
        }
        default -> {
          out.println("Index returns " + p.start() + " 至 " + p.end());
          TextTable t = new TextTable(List.of("代码", "指数", "涨跌幅", "收盘"), false, false, true, true);
          for (PeriodReturn r : returns) {
            Security s = ref.require(r.code());
            t.row(List.of(s.code(), s.displayName() + (r.isStale() ? StaleNotes.MARK : ""),
                r.isStale() ? "—" : Numbers.pct(r.value(), 2) + "%",
                r.end() == null ? "—" : Numbers.num(r.end().close(), 2, true)));
          }
          t.print(out);
          if (returns.stream().anyMatch(PeriodReturn::isStale)) {
            out.println(StaleNotes.MARK + " stale: the data ends before the period's last trading day; no return is shown.");
          }
        }
      }
      return ExitCodes.OK;
    }
  }
}
