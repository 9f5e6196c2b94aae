package org.sectordesk.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.sectordesk.workspace.Workspace;
import org.sectordesk.workspace.WorkspaceException;

/** {@code desk init}: creates a workspace folder, empty or with the sample data. */
public final class WorkspaceSetup {
  private WorkspaceSetup() {}

  public record Result(Path dir, String summary) {}

  public static Result init(Path dir, boolean sample, Consumer<String> progress) {
    if (Files.exists(dir.resolve(Workspace.CONFIG_FILE))) {
      throw new WorkspaceException(dir + " already holds a workspace (" + Workspace.CONFIG_FILE + " exists)");
    }
    try {
      Files.createDirectories(dir);
      copy("/org/sectordesk/desk/empty-desk.yaml", dir.resolve(Workspace.CONFIG_FILE));
    } catch (IOException e) {
      throw new WorkspaceException("cannot create workspace " + dir + ": " + e.getMessage(), e);
    }
    try (Workspace ws = Workspace.open(dir)) {
      return new Result(dir, "workspace created at " + dir + " (edit " + Workspace.CONFIG_FILE + " to set its coverage)");
    }
  }

  static void copy(String resource, Path target) throws IOException {
    try (InputStream in = WorkspaceSetup.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("resource " + resource + " missing from the build"));
      }
      Files.copy(in, target);
    }
  }
}
