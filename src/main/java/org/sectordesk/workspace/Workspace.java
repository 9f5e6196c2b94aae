package org.sectordesk.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import org.sectordesk.analytics.FxPolicy;
import org.sectordesk.domain.Conventions;
import org.sectordesk.domain.ReferenceData;
import org.sectordesk.store.Database;
import org.sectordesk.store.StoreException;

/**
 * A workspace folder: the analyst's {@code desk.yaml}, the embedded database {@code desk.duckdb}
 * and the other human-editable files (layouts, texts, rating schemes, news dictionaries).
 */
public final class Workspace implements AutoCloseable {
  public static final String CONFIG_FILE = "desk.yaml";
  public static final String DATABASE_FILE = "desk.duckdb";

  private final Path dir;
  private final WorkspaceConfig config;
  private final ReferenceData reference;
  private final Database database;

  private Workspace(Path dir, WorkspaceConfig config, ReferenceData reference, Database database) {
    this.dir = dir;
    this.config = config;
    this.reference = reference;
    this.database = database;
  }

  /** Opens an existing workspace for reading and writing (one writer process at a time). */
  public static Workspace open(Path dir) {
    return open(dir, false);
  }

  /**
   * Opens an existing workspace for reading only: any number of readers run side by side, and none of them
   * takes the writer's lock (see {@link Database#open(Path, boolean)} for how a reader meets a running import).
   */
  public static Workspace openToRead(Path dir) {
    return open(dir, true);
  }

  /** Opens an existing workspace; {@code readOnly} opens its database for reading only (the web desk does this). */
  public static Workspace open(Path dir, boolean readOnly) {
    Path cfg = dir.resolve(CONFIG_FILE);
    if (!Files.isRegularFile(cfg)) {
      throw new WorkspaceException("no workspace at " + dir + ": " + CONFIG_FILE
          + " is missing (create one with: desk init " + dir + ")");
    }
    WorkspaceConfig config = ConfigReader.read(cfg);
    ReferenceData reference = ConfigReader.reference(config, CONFIG_FILE);
    ConfigReader.conventions(config, CONFIG_FILE);
    ConfigReader.fxPolicy(config, CONFIG_FILE);
    Database db;
    try {
      db = Database.open(dir.resolve(DATABASE_FILE), readOnly);
    } catch (StoreException e) {
      throw new WorkspaceException(e.getMessage() + serverNote(dir), e);
    }
    return new Workspace(dir, config, reference, db);
  }

  /**
   * The same workspace on a connection of its own to the open database: one per unit of work (a web request), so
   * concurrent requests never share a connection. Closing it closes only that connection.
   */
  public Workspace unitOfWork() {
    return new Workspace(dir, config, reference, database.duplicate());
  }

  /** The file the web desk ({@code desk serve}) writes while it runs, so a refused command can say who holds the store. */
  public static final String SERVER_FILE = "web-desk.running";

  private static String serverNote(Path dir) {
    Path f = dir.resolve(SERVER_FILE);
    if (!Files.isRegularFile(f)) {
      return "";
    }
    try {
      return ". The web desk is serving this workspace (" + Files.readString(f).trim() + "): it holds the database open"
          + " while it answers requests and lets go of it a moment after the last one, and it answered requests all the"
          + " time this command waited. Commands that write (imports, news relabel/train) run when the desk is idle:"
          + " try again then, wait longer with DESK_LOCK_WAIT=SECONDS, or stop the desk (Ctrl-C)";
    } catch (java.io.IOException e) {
      return "";
    }
  }

  public Path dir() {
    return dir;
  }

  public WorkspaceConfig config() {
    return config;
  }

  public ReferenceData reference() {
    return reference;
  }

  /** The workspace's conventions over the desk's defaults. */
  public Conventions conventions() {
    return ConfigReader.conventions(config, CONFIG_FILE);
  }

  /** The forecast table's own names and scheme ({@code forecast_table:} in desk.yaml). */
  public org.sectordesk.domain.ForecastList forecastList() {
    return ConfigReader.forecastList(config);
  }

  public FxPolicy fxPolicy() {
    return ConfigReader.fxPolicy(config, CONFIG_FILE);
  }

  public Database database() {
    return database;
  }

  /**
   * The file a workspace file names by a relative path ({@code texts/intro.md}), refused when it leaves the
   * workspace: an absolute path, {@code ..}, or a symbolic link that points outside. {@code what} names the
   * setting in the error ({@code house.yaml: [disclaimer]}).
   */
  public static Path confined(Path dir, String relative, String what) {
    Path root = dir.toAbsolutePath().normalize();
    Path p;
    try {
      p = root.resolve(relative).normalize();
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException(what + " names '" + relative + "', which is not a path");
    }
    if (java.nio.file.Path.of(relative).isAbsolute() || !p.startsWith(root)) {
      throw new IllegalArgumentException(what + " names " + relative + ", which is outside the workspace;"
          + " give a path inside the workspace folder, such as texts/disclaimer.md");
    }
    if (Files.exists(p)) {
      try {
        if (!p.toRealPath().startsWith(root.toRealPath())) {
          throw new IllegalArgumentException(what + " names " + relative + ", a link to a file outside the workspace");
        }
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException(what + " names " + relative + ", which cannot be read: " + e.getMessage());
      }
    }
    return p;
  }

  /** A file inside the workspace, e.g. {@code layouts/monthly.yaml}. */
  public Path file(String relative) {
    return dir.resolve(relative);
  }

  @Override
  public void close() {
    database.close();
  }
}
