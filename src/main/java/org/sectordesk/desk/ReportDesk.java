package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sectordesk.report.House;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.Lang;
import org.sectordesk.report.Layout;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.chart.ChartRenderer;
import org.sectordesk.report.render.DocxRenderer;
import org.sectordesk.report.render.HtmlRenderer;
import org.sectordesk.report.render.MarkdownRenderer;
import org.sectordesk.report.render.OutputFiles;
import org.sectordesk.report.render.PdfRenderer;
import org.sectordesk.report.render.XlsxRenderer;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.MarketStore;
import org.sectordesk.workspace.Workspace;

/**
 * {@code desk report monthly|weekly}: composes a report from a workspace's layout, house file, texts and data
 * and writes it in the requested formats. The workspace may hold {@code layouts/monthly.yaml},
 * {@code layouts/weekly.yaml}, {@code house.yaml} and the analyst's {@code texts/*.md}; built-in defaults
 * stand in for the first three.
 */
public final class ReportDesk {
  /** Workspace files the report reads. */
  public static final String LAYOUT_DIR = "layouts";
  public static final String HOUSE_FILE = "house.yaml";

  private final ReportFonts fonts;

  /** Loads the report font once (about 20 MB); reuse the desk for several reports. */
  public ReportDesk(ReportFonts fonts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
  }

  /** A written file and how long its rendering took. */
  public record Written(ReportFormat format, Path file, long millis) {}

  /** What a report command did: the files, the sections without data, and the time to compose. */
  public record Outcome(Report report, List<Written> files, List<String> missing, long composeMillis,
      List<String> dataNotes) {
    public Outcome(Report report, List<Written> files, List<String> missing, long composeMillis) {
      this(report, files, missing, composeMillis, List.of());
    }
  }

  /**
   * @param date   the report's date ({@code report … --date}); null: the first weekday after the period
   * @param strict refuse to write a report that would show stale series
   */
  public record Options(LocalDate date, boolean strict) {
    public static final Options DEFAULT = new Options(null, false);
  }

  /** The inputs of a report besides its data. */
  public record Setup(Layout layout, House house, String disclaimer, Map<String, String> names) {}

  /** Reads the workspace's layout (or the built-in one), house file and disclaimer for a report kind. */
  public static Setup setup(Path workspaceDir, String kind, Lang lang, Map<String, Object> settings) {
    return setup(workspaceDir, kind, lang, settings, null);
  }

  /**
   * @param workspaceHouse desk.yaml's {@code house:}; names the house when the workspace has no {@code house.yaml}
   */
  public static Setup setup(Path workspaceDir, String kind, Lang lang, Map<String, Object> settings,
      String workspaceHouse) {
    Path layoutFile = workspaceDir.resolve(LAYOUT_DIR).resolve(kind + ".yaml");
    Layout layout;
    if (Files.isRegularFile(layoutFile)) {
      try (InputStream in = Files.newInputStream(layoutFile)) {
        layout = Layout.read(in, LAYOUT_DIR + "/" + kind + ".yaml");
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + layoutFile, e);
      }
      if (!layout.kind().equals(kind)) {
        throw new IllegalArgumentException(LAYOUT_DIR + "/" + kind + ".yaml: [kind] is '" + layout.kind()
            + "', the command makes a " + kind + " report");
      }
    } else {
      layout = Layout.builtIn(kind);
    }
    Path houseFile = workspaceDir.resolve(HOUSE_FILE);
    House house;
    if (Files.isRegularFile(houseFile)) {
      try (InputStream in = Files.newInputStream(houseFile)) {
        house = House.read(in, HOUSE_FILE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + houseFile, e);
      }
    } else {
      // the workspace's own name, or none: never the built-in example house's
      house = workspaceHouse == null ? House.defaults() : House.defaults().named(workspaceHouse.trim());
    }
    String file = lang == Lang.EN ? house.disclaimerFileEn() : house.disclaimerFile();
    String disclaimer;
    if (!file.isBlank()) {
      Path p = Workspace.confined(workspaceDir, file, HOUSE_FILE + ": [disclaimer" + (lang == Lang.EN ? "_en" : "") + "]");
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException(HOUSE_FILE + ": [disclaimer" + (lang == Lang.EN ? "_en" : "") + "] names "
            + file + ", which is not in the workspace");
      }
      try {
        disclaimer = Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    } else {
      disclaimer = builtInText("disclaimer-" + lang.code() + ".md");
    }
    Map<String, String> names = new LinkedHashMap<>();
    names.put("sector", String.valueOf(settings == null ? "互联网" : settings.getOrDefault("sector", "互联网")));
    names.put("sector_en", String.valueOf(settings == null ? "Internet" : settings.getOrDefault("sector_en", "Internet")));
    names.put("house", house.name(lang));
    return new Setup(layout, house, disclaimer, names);
  }

  private static String builtInText(String name) {
    try (InputStream in = ReportDesk.class.getResourceAsStream("/org/sectordesk/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("resource org/sectordesk/report/" + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Composes the monthly report reviewing {@code month} and writes it. */
  public Outcome monthly(ReportSources sources, Setup setup, YearMonth month, Lang lang, Set<ReportFormat> formats,
      Path outDir, byte[] template) {
    long t0 = System.nanoTime();
    Report r = new ReportComposer(sources, setup.house(), setup.disclaimer()).monthly(setup.layout(), month, lang, setup.names());
    long compose = (System.nanoTime() - t0) / 1_000_000;
    String base = "monthly-" + month + (lang == Lang.EN ? "-en" : "");
    return new Outcome(r, write(r, formats, outDir, base, template), sources.missing(), compose);
  }

  /** Composes the weekly report of the week holding {@code day} and writes it. */
  public Outcome weekly(ReportSources sources, Setup setup, LocalDate day, Lang lang, Set<ReportFormat> formats,
      Path outDir, byte[] template) {
    long t0 = System.nanoTime();
    Report r = new ReportComposer(sources, setup.house(), setup.disclaimer()).weekly(setup.layout(), day, lang, setup.names());
    long compose = (System.nanoTime() - t0) / 1_000_000;
    String base = "weekly-" + org.sectordesk.domain.Period.week(day).start() + (lang == Lang.EN ? "-en" : "");
    return new Outcome(r, write(r, formats, outDir, base, template), sources.missing(), compose);
  }

  /** Composes the report a request names from a workspace's sources and setup. */
  public static Report compose(Opened o, ReportRequest r) {
    ReportComposer c = new ReportComposer(o.sources(), o.setup().house(), o.setup().disclaimer());
    return r.kind().equals("monthly")
        ? c.monthly(o.setup().layout(), r.month(), r.lang(), o.setup().names())
        : c.weekly(o.setup().layout(), r.day(), r.lang(), o.setup().names());
  }

  /**
   * A report in one format as bytes. Markdown is not offered: its figures are separate image files, so it is written
   * to a folder ({@link #write}).
   */
  public byte[] bytes(Report report, ReportFormat f, byte[] template) {
    ChartRenderer charts = new ChartRenderer(fonts, report.style());
    return switch (f) {
      case DOCX -> new DocxRenderer(charts, fonts).render(report, template);
      case PDF -> new PdfRenderer(fonts, new HtmlRenderer(fonts, charts)).render(report);
      case HTML -> new HtmlRenderer(fonts, charts).render(report).getBytes(StandardCharsets.UTF_8);
      case XLSX -> new XlsxRenderer().render(report);
      case MD -> throw new org.sectordesk.domain.BadInputException(
          "Markdown reports come with a folder of figures: write them to a folder instead");
    };
  }

  /**
   * Renders a report model in each format into {@code outDir} as {@code baseName.<ext>}. The formats render in
   * parallel and share the chart images.
   */
  public List<Written> write(Report report, Set<ReportFormat> formats, Path outDir, String baseName, byte[] template) {
    ChartRenderer charts = new ChartRenderer(fonts, report.style());
    if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
      throw new IllegalArgumentException("cannot create the output folder " + outDir
          + ": a file of that name exists (give --out a folder)");
    }
    try {
      OutputFiles.folder(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(3, formats.size()), r -> {
      Thread t = new Thread(r, "report-render");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Written>> jobs = new ArrayList<>();
      // the slowest first
      for (ReportFormat f : List.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.HTML, ReportFormat.MD, ReportFormat.XLSX)) {
        if (formats.contains(f)) {
          jobs.add(pool.submit(() -> render(report, f, charts, outDir, baseName, template)));
        }
      }
      List<Written> out = new ArrayList<>();
      for (Future<Written> j : jobs) {
        out.add(j.get());
      }
      out.sort(java.util.Comparator.comparing(Written::format));
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering the report", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(c.getMessage(), c);
    } finally {
      pool.shutdownNow();
    }
  }

  private Written render(Report report, ReportFormat f, ChartRenderer charts, Path outDir, String baseName,
      byte[] template) {
    long t0 = System.nanoTime();
    Path file = outDir.resolve(baseName + "." + f.extension());
    try {
      switch (f) {
        case DOCX -> OutputFiles.write(file, new DocxRenderer(charts, fonts).render(report, template));
        case PDF -> OutputFiles.write(file, new PdfRenderer(fonts, new HtmlRenderer(fonts, charts)).render(report));
        case HTML -> OutputFiles.write(file, new HtmlRenderer(fonts, charts).render(report).getBytes(StandardCharsets.UTF_8));
        case MD -> new MarkdownRenderer(charts).render(report, baseName + "-figures").writeTo(outDir, baseName);
        case XLSX -> OutputFiles.write(file, new XlsxRenderer().render(report));
        default -> throw new IllegalStateException("no renderer for " + f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage().contains(file.toString()) ? e.getMessage()
          : "cannot write " + file + ": " + e.getMessage(), e);
    }
    return new Written(f, file, (System.nanoTime() - t0) / 1_000_000);
  }

  /** The house colours used when none are configured (for callers that render without a workspace). */
  public static HouseStyle defaultStyle() {
    return HouseStyle.defaults();
  }

  /**
   * Opens a workspace for several reports (the benchmark's warm runs): the caller closes the workspace.
   * Returns the sources and the setup of a report kind.
   */
  public static Opened open(Workspace ws, String kind, Lang lang) {
    return new Opened(new WorkspaceReportSources(ws, marketStore(ws)), setup(ws.dir(), kind, lang, ws.config().settings(), java.util.Objects.requireNonNullElse(ws.config().house(), "")));
  }

  /** A workspace's sources and a report kind's setup. */
  public record Opened(ReportSources sources, Setup setup) {}

  /**
   * {@code desk report monthly}: opens the workspace, composes and writes the report. The report font loads and
   * the renderers warm up on another thread while the workspace opens and the model is composed.
   */
  public static Outcome monthly(Path workspaceDir, YearMonth month, Lang lang, Set<ReportFormat> formats, Path outDir,
      byte[] template) {
    return monthly(workspaceDir, month, lang, formats, outDir, template, Options.DEFAULT);
  }

  public static Outcome monthly(Path workspaceDir, YearMonth month, Lang lang, Set<ReportFormat> formats, Path outDir,
      byte[] template, Options options) {
    CompletableFuture<ReportDesk> desk = prepared(formats);
    try (Workspace ws = Workspace.openToRead(workspaceDir)) {
      Setup setup = setup(ws.dir(), "monthly", lang, ws.config().settings(), java.util.Objects.requireNonNullElse(ws.config().house(), ""));
      ReportSources sources = new WorkspaceReportSources(ws, marketStore(ws));
      long t0 = System.nanoTime();
      ReportComposer composer = new ReportComposer(sources, setup.house(), setup.disclaimer()).dated(options.date());
      Report r = composer.monthly(setup.layout(), month, lang, setup.names());
      long compose = (System.nanoTime() - t0) / 1_000_000;
      if (options.strict() && !composer.dataNotes().isEmpty()) {
        throw new StaleDataException(composer.dataNotes());
      }
      String base = "monthly-" + month + (lang == Lang.EN ? "-en" : "");
      return new Outcome(r, join(desk).write(r, formats, outDir, base, template), sources.missing(), compose,
          composer.dataNotes());
    }
  }

  /** {@code desk report weekly}: opens the workspace, composes and writes the report. */
  public static Outcome weekly(Path workspaceDir, LocalDate day, Lang lang, Set<ReportFormat> formats, Path outDir,
      byte[] template) {
    return weekly(workspaceDir, day, lang, formats, outDir, template, Options.DEFAULT);
  }

  public static Outcome weekly(Path workspaceDir, LocalDate day, Lang lang, Set<ReportFormat> formats, Path outDir,
      byte[] template, Options options) {
    CompletableFuture<ReportDesk> desk = prepared(formats);
    try (Workspace ws = Workspace.openToRead(workspaceDir)) {
      Setup setup = setup(ws.dir(), "weekly", lang, ws.config().settings(), java.util.Objects.requireNonNullElse(ws.config().house(), ""));
      ReportSources sources = new WorkspaceReportSources(ws, marketStore(ws));
      long t0 = System.nanoTime();
      ReportComposer composer = new ReportComposer(sources, setup.house(), setup.disclaimer()).dated(options.date());
      Report r = composer.weekly(setup.layout(), day, lang, setup.names());
      long compose = (System.nanoTime() - t0) / 1_000_000;
      if (options.strict() && !composer.dataNotes().isEmpty()) {
        throw new StaleDataException(composer.dataNotes());
      }
      String base = "weekly-" + org.sectordesk.domain.Period.week(day).start() + (lang == Lang.EN ? "-en" : "");
      return new Outcome(r, join(desk).write(r, formats, outDir, base, template), sources.missing(), compose,
          composer.dataNotes());
    }
  }

  /** Loads the font and warms the renderers of the formats on a background thread. */
  private static CompletableFuture<ReportDesk> prepared(Set<ReportFormat> formats) {
    CompletableFuture<ReportDesk> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        ReportDesk d = new ReportDesk(ReportFonts.load());
        f.complete(d);
        d.warmUp(formats);
      } catch (Throwable e) {
        f.completeExceptionally(e);
      }
    }, "report-prepare");
    t.setDaemon(true);
    t.start();
    return f;
  }

  private static ReportDesk join(CompletableFuture<ReportDesk> f) {
    try {
      return f.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
  }

  /**
   * Parses the font for the PDF and HTML and loads the renderers' classes by rendering a one-line report, so the
   * real rendering finds them ready. Errors here are left to the real rendering to report.
   */
  void warmUp(Set<ReportFormat> formats) {
    try {
      if (formats.contains(ReportFormat.PDF)) {
        fonts.pdfFaces();
      }
      if (formats.contains(ReportFormat.HTML)) {
        fonts.subsetFaces();
      }
      Report tiny = new Report("预热", "", "Sector Desk", LocalDate.of(2024, 1, 2), Lang.ZH,
          org.sectordesk.report.Numbering.monthlyZh(), HouseStyle.defaults(), List.of(org.sectordesk.report.Section.of("预热", 1,
              org.sectordesk.report.Paragraph.of("预热"), org.sectordesk.report.Table.simple("预热", List.of("a"),
                  List.of(List.of(org.sectordesk.report.Cell.num(1.0, org.sectordesk.report.NumberStyle.plain(1)))), ""))));
      ChartRenderer charts = new ChartRenderer(fonts, tiny.style());
      charts.png(new org.sectordesk.report.ChartSpec.Bars(List.of("预热"), List.of(new org.sectordesk.report.ChartSpec.BarSeries("a",
          List.of(1.0))), false, org.sectordesk.report.NumberStyle.percent(1), true, ""), 100, 60, 1);
      if (formats.contains(ReportFormat.PDF)) {
        new PdfRenderer(fonts, new HtmlRenderer(fonts, charts)).render(tiny);
      }
      if (formats.contains(ReportFormat.DOCX)) {
        new DocxRenderer(charts, fonts).render(tiny);
      }
      if (formats.contains(ReportFormat.XLSX)) {
        new XlsxRenderer().render(tiny);
      }
    } catch (RuntimeException | Error e) {
      // the real rendering reports what is wrong
    }
  }

  private static MarketStore marketStore(Workspace ws) {
    return new DuckDbMarketStore(ws.database());
  }
}
