package org.sectordesk.desk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sectordesk.domain.EpsEstimate;
import org.sectordesk.domain.PublishedRating;
import org.sectordesk.domain.Security;
import org.sectordesk.domain.SecurityKind;
import org.sectordesk.ingest.EstimateCsvReader;
import org.sectordesk.ingest.ImportProblem;
import org.sectordesk.ingest.Imported;
import org.sectordesk.ingest.RatingCsvReader;
import org.sectordesk.ratings.RatingScheme;
import org.sectordesk.ratings.RatingTarget;
import org.sectordesk.ratings.TierScale;
import org.sectordesk.store.DuckDbEstimateStore;
import org.sectordesk.store.DuckDbRatingStore;
import org.sectordesk.store.WriteSummary;
import org.sectordesk.workspace.Workspace;

/**
 * {@code desk import estimates FILE} and {@code desk import ratings FILE}: read the whole file, check every row
 * against the workspace (known codes, schemes and tiers), and store all rows in one transaction or none.
 * Re-importing the same file changes nothing.
 */
public final class BookImports {
  private BookImports() {}

  public static BookImportResult importEstimates(Workspace ws, Path file) {
    Imported<EstimateCsvReader.Line> imported = EstimateCsvReader.read(file);
    List<ImportProblem> problems = new ArrayList<>(imported.problems());
    String name = file.getFileName().toString();
    List<EpsEstimate> values = new ArrayList<>();
    for (EstimateCsvReader.Line l : imported.values()) {
      String code = l.estimate().code();
      Optional<Security> s = ws.reference().security(code);
      if (s.isEmpty()) {
        problems.add(ImportProblem.atLine(name, l.line(), "code", "unknown code " + code
            + ": add it to the coverage in " + Workspace.CONFIG_FILE + " first"));
      } else if (s.get().kind() == SecurityKind.INDEX) {
        problems.add(ImportProblem.atLine(name, l.line(), "code", code + " is an index; estimates are for companies"));
      }
      values.add(l.estimate());
    }
    if (!problems.isEmpty()) {
      return rejected("estimates", name, imported.values().size(), problems);
    }
    WriteSummary w = new DuckDbEstimateStore(ws.database()).write(values);
    return new BookImportResult("estimates", name, w.read(), w.inserted(), w.replaced(), w.unchanged(), List.of());
  }

  public static BookImportResult importRatings(Workspace ws, Path file) {
    SchemeLibrary schemes = SchemeLibrary.forWorkspace(ws.dir());
    Imported<RatingCsvReader.Line> imported = RatingCsvReader.read(file);
    List<ImportProblem> problems = new ArrayList<>(imported.problems());
    String name = file.getFileName().toString();
    List<PublishedRating> values = new ArrayList<>();
    for (RatingCsvReader.Line l : imported.values()) {
      PublishedRating r = l.rating();
      values.add(r);
      Optional<Security> s = ws.reference().security(r.code());
      if (s.isEmpty()) {
        problems.add(ImportProblem.atLine(name, l.line(), "code", "unknown code " + r.code() + ": add it to "
            + Workspace.CONFIG_FILE + " (coverage, or indices for an industry index) first"));
        continue;
      }
      Optional<RatingScheme> scheme = schemes.scheme(r.scheme());
      if (scheme.isEmpty()) {
        problems.add(ImportProblem.atLine(name, l.line(), "scheme", "unknown scheme '" + r.scheme() + "'; known: "
            + String.join(", ", schemes.all().keySet().stream().sorted().toList())));
        continue;
      }
      RatingTarget target = RatingBookDesk.targetOf(s.get());
      Optional<TierScale> scale = scheme.get().scale(target);
      if (scale.isEmpty()) {
        problems.add(ImportProblem.atLine(name, l.line(), "scheme", "scheme " + r.scheme() + " has no "
            + target.label() + " ratings (" + r.code() + " is " + (target == RatingTarget.INDUSTRY ? "an industry index)" : "a company)")));
        continue;
      }
      if (scale.get().tier(r.tier()).isEmpty()) {
        problems.add(ImportProblem.atLine(name, l.line(), "tier", "'" + r.tier() + "' is not "
            + (target == RatingTarget.INDUSTRY ? "an " : "a ") + target.label()
            + " tier of scheme " + r.scheme() + "; its tiers are " + String.join(", ", scale.get().tierNames())));
      }
    }
    if (!problems.isEmpty()) {
      return rejected("ratings", name, imported.values().size(), problems);
    }
    WriteSummary w = new DuckDbRatingStore(ws.database()).write(values);
    return new BookImportResult("ratings", name, w.read(), w.inserted(), w.replaced(), w.unchanged(), List.of());
  }

  private static BookImportResult rejected(String kind, String file, long read, List<ImportProblem> problems) {
    List<ImportProblem> sorted = new ArrayList<>(problems);
    sorted.sort(java.util.Comparator.comparingLong(BookImports::lineOf));
    return new BookImportResult(kind, file, read, 0, 0, 0, sorted.stream().map(ImportProblem::toString).toList());
  }

  private static long lineOf(ImportProblem p) {
    try {
      return Long.parseLong(p.location());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
