package org.sectordesk.desk;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sectordesk.workspace.Workspace;

/**
 * The version of the data a workspace answers from, read without opening the database: size and modification time
 * of the database file and its write-ahead log (DuckDB writes one or the other on every commit),
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
    stamp(databaseFile.toFile(), s);
    stamp(new File(databaseFile + ".wal"), s);
    for (Path p : others) {
      File f = p.toFile();
      stamp(f, s);
      String[] entries = f.list();
      if (entries != null) {
        Arrays.sort(entries);
        for (String e : entries) {
          stamp(new File(f, e), s);
        }
      }
    }
    return new DataVersion(s);
  }

  // java.io.File: an absent file (the WAL, most of the time) costs no exception, as Files.readAttributes would
  private static void stamp(File f, List<String> s) {
    s.add(f.getName() + " " + f.length() + " " + f.lastModified());
  }
}
