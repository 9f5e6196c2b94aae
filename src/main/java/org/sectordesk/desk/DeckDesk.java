package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sectordesk.report.Deck;
import org.sectordesk.report.DeckLayout;
import org.sectordesk.report.Lang;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.report.chart.ChartRenderer;
import org.sectordesk.report.render.DeckPdfRenderer;
import org.sectordesk.report.render.PptxRenderer;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.workspace.Workspace;

/**
 * {@code desk report deck}: composes a thematic deck from a deck layout of the workspace ({@code decks/NAME.yaml})
 * and writes it as PowerPoint and / or PDF.
 */
public final class DeckDesk {
  public static final String DECK_DIR = "decks";

  private DeckDesk() {}

  /** The output formats of a deck. */
  public enum DeckFormat {
    PPTX, PDF;

    public String extension() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Set<DeckFormat> parseList(String list) {
      Set<DeckFormat> out = EnumSet.noneOf(DeckFormat.class);
      for (String part : list.split(",")) {
        String p = part.trim().toLowerCase(Locale.ROOT);
        if (p.isEmpty()) {
          continue;
        }
        switch (p) {
          case "pptx", "powerpoint" -> out.add(PPTX);
          case "pdf" -> out.add(PDF);
          case "all" -> out.addAll(EnumSet.allOf(DeckFormat.class));
          default -> throw new IllegalArgumentException("format '" + part.trim() + "' is not one of pptx, pdf (or all)");
        }
      }
      if (out.isEmpty()) {
        throw new IllegalArgumentException("--format names no format; use pptx,pdf");
      }
      return out;
    }
  }

  /** A written file and how long its rendering took. */
  public record Written(DeckFormat format, Path file, long millis) {}

  /** What the command did. */
  public record Outcome(Deck deck, List<Written> files, long composeMillis) {}

  /** The deck layout to use: {@code decks/NAME.yaml}, or the only one when no name is given. */
  public static DeckLayout layout(Path workspaceDir, String name) {
    Path dir = workspaceDir.resolve(DECK_DIR);
    Path file;
    if (name != null && !name.isBlank()) {
      file = dir.resolve(name.endsWith(".yaml") ? name : name + ".yaml");
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--layout " + name + ": no deck layout " + DECK_DIR + "/" + file.getFileName()
            + " in the workspace (have: " + String.join(", ", names(dir)) + ")");
      }
    } else {
      List<String> all = names(dir);
      if (all.isEmpty()) {
        throw new IllegalArgumentException("the workspace has no deck layout: add " + DECK_DIR + "/NAME.yaml (see the README)");
      }
      if (all.size() > 1) {
        throw new IllegalArgumentException("the workspace has several deck layouts; give --layout, one of " + String.join(", ", all));
      }
      file = dir.resolve(all.get(0) + ".yaml");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return DeckLayout.read(in, DECK_DIR + "/" + file.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<String> names(Path dir) {
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.yaml")) {
      ds.forEach(p -> out.add(p.getFileName().toString().replaceFirst("\\.yaml$", "")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    out.sort(null);
    return out;
  }

  /** Composes the deck as of {@code date} and writes it in the formats asked for. */
  public static Outcome deck(Path workspaceDir, String layoutName, LocalDate date, Lang lang, Set<DeckFormat> formats,
      Path outDir, byte[] template) {
    try (Workspace ws = Workspace.open(workspaceDir)) {
      DeckLayout layout = layout(ws.dir(), layoutName);
      ReportDesk.Setup setup = ReportDesk.setup(ws.dir(), "monthly", lang, ws.config().settings());
      long t0 = System.nanoTime();
      Deck deck = new DeckComposer(new WorkspaceReportSources(ws, new DuckDbMarketStore(ws.database())), setup.house())
          .compose(layout, date, lang);
      long compose = (System.nanoTime() - t0) / 1_000_000;
      return new Outcome(deck, write(deck, formats, outDir, "deck-" + layout.id() + "-" + date, template, ReportFonts.load()),
          compose);
    }
  }

  /** Renders a deck into {@code outDir} as {@code baseName.pptx} / {@code .pdf}. */
  public static List<Written> write(Deck deck, Set<DeckFormat> formats, Path outDir, String baseName, byte[] template,
      ReportFonts fonts) {
    ChartRenderer charts = new ChartRenderer(fonts, deck.style());
    List<Written> out = new ArrayList<>();
    try {
      Files.createDirectories(outDir);
      for (DeckFormat f : formats) {
        long t0 = System.nanoTime();
        Path file = outDir.resolve(baseName + "." + f.extension());
        byte[] bytes = f == DeckFormat.PPTX ? new PptxRenderer(fonts, charts).render(deck, template)
            : new DeckPdfRenderer(fonts, charts).render(deck);
        Files.write(file, bytes);
        out.add(new Written(f, file, (System.nanoTime() - t0) / 1_000_000));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the deck into " + outDir + ": " + e.getMessage(), e);
    }
    return out;
  }
}
