package org.sectordesk.desk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a command in a new process, as a user starts it, and measures its wall time and process CPU time
 * (user + system, of the process and everything it waited for). The CPU time comes from bash's {@code times}
 * builtin, which reports what the shell's children used: it is stable under load, where wall time is not.
 */
public final class ColdStart {
  private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.,]+)s\\s+(\\d+)m([\\d.,]+)s");

  private ColdStart() {}

  /** One cold run: wall and CPU seconds, and the exit code. */
  public record Sample(double wallSeconds, double cpuSeconds, int exitCode) {}

  /**
   * The command line starting {@code desk ARGS} as a user does: through the {@code ./desk} launcher when this
   * process was started by it ({@code DESK_LAUNCHER}, so the launcher's JVM options and class archive apply),
   * otherwise the JVM running this code with the launcher's default options and this class path.
   */
  public static List<String> desk(String... args) {
    List<String> cmd = new ArrayList<>();
    String launcher = System.getenv("DESK_LAUNCHER");
    if (launcher != null && !launcher.isBlank()) {
      cmd.add(launcher);
    } else {
      cmd.add(java());
      cmd.addAll(Arrays.asList("-Xmx2g", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
          "-cp", System.getProperty("java.class.path"), "org.sectordesk.cli.DeskMain"));
    }
    cmd.addAll(Arrays.asList(args));
    return cmd;
  }

  /** The java executable of this JVM. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Runs {@code command} with its output discarded; returns its times and exit code. */
  public static Sample run(List<String> command) {
    Path times = null;
    try {
      times = Files.createTempFile("desk-cold-start", ".times");
      List<String> cmd = new ArrayList<>(List.of("bash", "-c",
          "\"$@\" >/dev/null 2>&1; rc=$?; times > \"$DESK_TIMES_FILE\"; exit $rc", "cold-start"));
      cmd.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().put("DESK_TIMES_FILE", times.toString());
      long t0 = System.nanoTime();
      Process p = pb.start();
      int code = p.waitFor();
      double wall = (System.nanoTime() - t0) / 1e9;
      return new Sample(wall, childrenCpuSeconds(Files.readString(times, StandardCharsets.UTF_8)), code);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (times != null) {
        try {
          Files.deleteIfExists(times);
        } catch (IOException ignored) {
          // a leftover empty file in the temp folder is harmless
        }
      }
    }
  }

  /** User + system seconds of the shell's children: the second line of bash's {@code times}. */
  static double childrenCpuSeconds(String timesOutput) {
    Matcher m = TIMES.matcher(timesOutput);
    if (!m.find() || !m.find()) {
      throw new IllegalStateException("unexpected output of bash's times: " + timesOutput.strip());
    }
    return Integer.parseInt(m.group(1)) * 60 + seconds(m.group(2)) + Integer.parseInt(m.group(3)) * 60 + seconds(m.group(4));
  }

  private static double seconds(String s) {
    return Double.parseDouble(s.replace(',', '.')); // bash prints the locale's decimal separator
  }
}
