package org.sectordesk.reliability;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts the desk CLI in a JVM of its own, as the launcher does, so tests can run it side by side or kill it. */
final class Subprocess {
  private Subprocess() {}

  static ProcessBuilder desk(Path workspace, Map<String, String> properties, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx512m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-Dfile.encoding=UTF-8");
    properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.sectordesk.cli.DeskMain");
    cmd.add("-w");
    cmd.add(workspace.toString());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  static Process start(Path workspace, Map<String, String> properties, String... args) throws IOException {
    return desk(workspace, properties, args).start();
  }
}
