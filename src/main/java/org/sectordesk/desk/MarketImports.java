package org.sectordesk.desk;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.sectordesk.domain.Bar;
import org.sectordesk.domain.Capitalisation;
import org.sectordesk.domain.FxRate;
import org.sectordesk.domain.ValuationPoint;
import org.sectordesk.ingest.BarFiles;
import org.sectordesk.ingest.CapitalisationFiles;
import org.sectordesk.ingest.FxFiles;
import org.sectordesk.ingest.ImportProblem;
import org.sectordesk.ingest.ImportRequest;
import org.sectordesk.ingest.Imported;
import org.sectordesk.ingest.Layout;
import org.sectordesk.ingest.ValuationFiles;
import org.sectordesk.store.BarLoad;
import org.sectordesk.store.DeskCsvBarLoader;
import org.sectordesk.store.DuckDbMarketStore;
import org.sectordesk.store.ImportSource;
import org.sectordesk.store.LoadProblem;
import org.sectordesk.store.WriteSummary;
import org.sectordesk.workspace.Workspace;

/**
 * {@code desk import bars|fx|shares|valuation}: reads a file, and stores it in one transaction only
 * when it has no problem. Very large files in the desk CSV bar layout go straight to DuckDB's own
 * CSV reader (validated in SQL, same rules and messages) instead of through memory.
 */
public final class MarketImports {
  /** Desk-layout bar files above this size are bulk loaded ({@code -Dsectordesk.bulk.bytes} changes it, for tests). */
  static long bulkBytes() {
    return Long.getLong("sectordesk.bulk.bytes", 64L << 20);
  }

  /**
   * The largest file read into memory: about an eighth of the heap, since every row becomes objects several
   * times its size in the file. A larger file that cannot take the bulk path is refused before reading.
   */
  static long maxInMemoryBytes() {
    return Long.getLong("sectordesk.memory.bytes", Runtime.getRuntime().maxMemory() / 8);
  }

  /** What an import did. */
  public record Outcome(String kind, String file, WriteSummary summary, List<String> notes) {
    public String describe() {
      String s = kind + " " + file + ": " + summary.read() + " rows read, " + summary.inserted() + " new, "
          + summary.replaced() + " replaced, " + summary.unchanged() + " unchanged";
      if (summary.changedNothing()) {
        s += " (nothing changed)";
      }
      return s;
    }
  }

  private final Workspace workspace;
  private final DuckDbMarketStore store;
  private final Clock clock;

  MarketImports(Workspace workspace, DuckDbMarketStore store, Clock clock) {
    this.workspace = workspace;
    this.store = store;
    this.clock = clock;
  }

  public Outcome bars(ImportRequest request, LongConsumer progress) {
    if (isLargeDeskCsv(request)) {
      BarLoad load = new DeskCsvBarLoader(workspace.database())
          .load(request.file(), workspace.reference().securities().keySet(), source("bars", request.file()));
      if (!load.problems().isEmpty()) {
        List<String> problems = load.problems().stream().map(p -> format(request.fileName(), p)).toList();
        throw new ImportRejectedException(request.fileName(), problems, problems.size());
      }
      return new Outcome("bars", request.fileName(), load.summary(), load.notes());
    }
    requireFitsInMemory(request);
    Imported<Bar> read = BarFiles.read(request, workspace.reference(), progress);
    requireOk(request, read);
    return new Outcome("bars", request.fileName(), store.writeBars(read.values(), source("bars", request.file())),
        read.notes());
  }

  public Outcome fx(ImportRequest request, LongConsumer progress) {
    requireFitsInMemory(request);
    Imported<FxRate> read = FxFiles.read(request, workspace.reference(), progress);
    requireOk(request, read);
    return new Outcome("fx", request.fileName(), store.writeFx(read.values(), source("fx", request.file())), read.notes());
  }

  public Outcome shares(ImportRequest request, LongConsumer progress) {
    requireFitsInMemory(request);
    Imported<Capitalisation> read = CapitalisationFiles.read(request, workspace.reference(), progress);
    requireOk(request, read);
    return new Outcome("shares", request.fileName(),
        store.writeCapitalisation(read.values(), source("shares", request.file())), read.notes());
  }

  public Outcome valuation(ImportRequest request, LongConsumer progress) {
    requireFitsInMemory(request);
    Imported<ValuationPoint> read = ValuationFiles.read(request, workspace.reference(), progress);
    requireOk(request, read);
    return new Outcome("valuation", request.fileName(),
        store.writeValuation(read.values(), source("valuation", request.file())), read.notes());
  }

  private static void requireOk(ImportRequest request, Imported<?> read) {
    if (!read.ok()) {
      throw new ImportRejectedException(request.fileName(),
          read.problems().stream().map(ImportProblem::toString).toList(), read.problemCount());
    }
  }

  private static String format(String file, LoadProblem p) {
    return file + (p.line() == 0 ? "" : ":" + p.line()) + " [" + p.field() + "] " + p.message();
  }

  /** A file too large to read into memory, and not in the bulk loader's layout, is refused before it is read. */
  private static void requireFitsInMemory(ImportRequest request) {
    long size;
    try {
      size = Files.size(request.file());
    } catch (IOException e) {
      return;   // the reader says the file cannot be read
    }
    long max = maxInMemoryBytes();
    if (size > max) {
      throw new ImportRejectedException(request.fileName(), List.of(request.fileName() + " [file] the file is "
          + mb(size) + ", more than the " + mb(max) + " this layout can read in memory; only desk-layout CSV bar files"
          + " (code,date,close … with a header) of any size are loaded in bulk. Convert the file to that layout or"
          + " split it (DESK_JAVA_OPTS=-Xmx… raises the limit)"), 1);
    }
  }

  private static String mb(long bytes) {
    if (bytes >= 1L << 30) {
      return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
    }
    if (bytes >= 1L << 20) {
      return (bytes >> 20) + " MB";
    }
    return bytes >= 1L << 10 ? (bytes >> 10) + " KB" : bytes + " bytes";
  }

  private static boolean isLargeDeskCsv(ImportRequest request) {
    if (request.layout() != Layout.AUTO && request.layout() != Layout.DESK) {
      return false;
    }
    String name = request.file().getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".csv") && !name.endsWith(".txt")) {
      return false;
    }
    try {
      if (Files.size(request.file()) < bulkBytes() || request.code() != null
          || request.priceBasis() == org.sectordesk.ingest.PriceBasis.ADJUSTED) {
        return false;
      }
      try (BufferedReader r = Files.newBufferedReader(request.file(), StandardCharsets.UTF_8)) {
        String header = r.readLine();
        if (header == null) {
          return false;
        }
        List<String> cols = Arrays.stream(header.replace("\uFEFF", "").split(","))
            .map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
        return cols.containsAll(DeskCsvBarLoader.REQUIRED);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + request.file() + ": " + e.getMessage(), e);
    }
  }

  private ImportSource source(String kind, Path file) {
    return new ImportSource(kind, file.getFileName().toString(), sha256(file), clock.instant());
  }

  static String sha256(Path file) {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      byte[] buf = new byte[1 << 16];
      while (in.read(buf) >= 0) {
        // reading feeds the digest
      }
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
