package org.sectordesk.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.sectordesk.workspace.Workspace;

/**
 * The version of the data a workspace answers from, read without opening the database: size, modification time
 * and file identity of the database file and its write-ahead log (DuckDB writes one or the other on every commit),
 * plus any other files the answers depend on. Two equal versions mean no import, relabelling or edit happened in
 * between; a change that rewrites nothing (a writer that commits nothing) may also change it, which only costs a
 * recomputation.
 */
public record DataVersion(List<String> stamps) {
  public DataVersion {
    stamps = List.copyOf(stamps);
  }

  /**
   * The version of what a workspace's answers are computed from: its database, {@code desk.yaml}, and the news
   * ({@code news/}: dictionary, models) and rating-scheme ({@code schemes/}) folders.
   */
  public static DataVersion ofWorkspace(Path dir) {
    return of(dir.resolve(Workspace.DATABASE_FILE), List.of(dir.resolve(Workspace.CONFIG_FILE),
        dir.resolve(NewsResources.WORKSPACE_DICTIONARY).getParent(), dir.resolve(SchemeLibrary.WORKSPACE_FOLDER)));
  }

  /** The version of a database file (and its WAL) and of the given other files or folders (their direct entries). */
  public static DataVersion of(Path databaseFile, List<Path> others) {
    List<String> s = new ArrayList<>();
    stamp(databaseFile, s);
    stamp(databaseFile.resolveSibling(databaseFile.getFileName() + ".wal"), s);
    for (Path p : others) {
      stamp(p, s);
      if (Files.isDirectory(p)) {
        try (var entries = Files.list(p)) {
          entries.sorted().forEach(e -> stamp(e, s));
        } catch (IOException e) {
          s.add(p + " unreadable");
        }
      }
    }
    return new DataVersion(s);
  }

  private static void stamp(Path p, List<String> s) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      s.add(p.getFileName() + " " + a.size() + " " + a.lastModifiedTime().toInstant() + " " + a.fileKey());
    } catch (IOException e) {
      s.add(p.getFileName() + " absent");
    }
  }
}
