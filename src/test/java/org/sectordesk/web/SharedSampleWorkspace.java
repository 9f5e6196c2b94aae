package org.sectordesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sectordesk.desk.WorkspaceSetup;

/**
 * One sample workspace for the web desk's test classes of a test run ({@code desk init --sample} takes about a
 * minute, mostly embedding the sample news): made on first use, deleted when the JVM ends. The tests only read its
 * data; they may add files to its reports folder.
 */
public final class SharedSampleWorkspace {
  private static Path dir;

  private SharedSampleWorkspace() {}

  public static synchronized Path get() {
    if (dir == null) {
      try {
        Path root = Files.createTempDirectory("desk-web-sample-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root), "delete-web-sample"));
        Path ws = root.resolve("ws");
        WorkspaceSetup.init(ws, true, line -> {});
        dir = ws;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  private static void delete(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind; nothing to do at exit
    }
  }
}
