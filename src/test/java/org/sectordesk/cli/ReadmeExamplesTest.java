package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every {@code ./desk …} example of the README runs as written. Each code block runs in a fresh folder holding
 * a copy of {@code examples/} and the SAMPLE workspace {@code work} of the tour (unless the block creates its
 * own with {@code init}); relative paths resolve against that folder as they would in the project folder.
 * {@code WORK}, the README's name for "your workspace", is the tour's {@code work}. Synopsis lines (with
 * {@code [optional]} parts or {@code …}) are not examples; benchmarks run for minutes by design and are left
 * to their own commands.
 */
class ReadmeExamplesTest {
  private static final Path README = Path.of("README.md");
  private static final Path EXAMPLES = Path.of("examples");

  @TempDir
  static Path shared;

  static Path sampleWorkspace;

  @BeforeAll
  static void createTheSampleWorkspaceOnce() {
    sampleWorkspace = shared.resolve("work");
    Run r = run(shared, List.of("init", "work", "--sample"));
    assertThat(r.code()).as(r.err()).isZero();
  }

  /** A code block's consecutive {@code ./desk} lines, with the README line number of the first. */
  record Block(int line, List<String> commands) {}

  record Run(int code, String out, String err) {}

  @Test
  void theReadmeHasExamplesOfEveryKindOfCommand() throws IOException {
    List<String> all = blocks(Files.readAllLines(README, StandardCharsets.UTF_8)).stream()
        .flatMap(b -> b.commands().stream()).toList();
    assertThat(all).anyMatch(c -> c.contains(" import bars examples/"))
        .anyMatch(c -> c.contains(" review ")).anyMatch(c -> c.contains(" report monthly "))
        .anyMatch(c -> c.contains(" news digest ")).anyMatch(c -> c.contains(" ratings score"));
  }

  @Test
  void everyReadmeExampleRunsAsWritten(@TempDir Path scratch) throws IOException {
    List<Block> blocks = blocks(Files.readAllLines(README, StandardCharsets.UTF_8));
    int ran = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Path dir = scratch.resolve("block-" + i);
      copyTree(EXAMPLES, dir.resolve("examples"));
      if (!tokens(block.commands().get(0)).get(0).equals("init")) {
        copyTree(sampleWorkspace, dir.resolve("work"));
      }
      for (String command : block.commands()) {
        List<String> args = tokens(command);
        Run r = run(dir, args);
        assertThat(r.code()).as("README line %d: ./desk %s%nexit %d, stderr:%n%s", block.line(), command, r.code(), r.err())
            .isZero();
        assertThat(r.err()).as("README line %d: ./desk %s", block.line(), command).doesNotContain("Exception");
        ran++;
      }
    }
    assertThat(ran).isGreaterThan(20);
  }

  /** The README's example blocks: fenced or indented code lines starting with {@code ./desk }. */
  static List<Block> blocks(List<String> lines) {
    List<Block> out = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = 0;
    boolean fenced = false;
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        start = flush(out, current, start);
        continue;
      }
      boolean code = fenced || line.startsWith("    ");
      String text = line.strip();
      if (code && text.startsWith("./desk ")) {
        String command = text.substring("./desk ".length()).strip();
        if (isExample(command)) {
          if (current.isEmpty()) {
            start = n + 1;
          }
          current.add(command);
        }
      } else if (!code || !text.isEmpty()) {
        start = flush(out, current, start);
      }
    }
    flush(out, current, start);
    return out;
  }

  private static int flush(List<Block> out, List<String> current, int start) {
    if (!current.isEmpty()) {
      out.add(new Block(start, List.copyOf(current)));
      current.clear();
    }
    return start;
  }

  private static boolean isExample(String command) {
    if (command.contains("[") || command.contains("…")) {
      return false; // a synopsis
    }
    List<String> t = tokens(command);
    return !t.contains("bench");
  }

  /** Shell words of a command line: whitespace-separated, quotes grouping, a {@code #} word starting a comment. */
  static List<String> tokens(String command) {
    List<String> out = new ArrayList<>();
    StringBuilder word = null;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word = word == null ? new StringBuilder() : word;
      } else if (Character.isWhitespace(c)) {
        if (word != null) {
          out.add(word.toString());
          word = null;
        }
      } else if (c == '#' && word == null) {
        break;
      } else {
        word = word == null ? new StringBuilder() : word;
        word.append(c);
      }
    }
    if (word != null) {
      out.add(word.toString());
    }
    return out.stream().map(w -> w.equals("WORK") ? "work" : w).toList();
  }

  /** Runs {@code desk ARGS} in-process as if started in {@code dir}: relative paths resolve against it. */
  static Run run(Path dir, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] a = args.toArray(String[]::new);
    CommandLine cl = DeskMain.commandLine(a);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.registerConverter(Path.class, s -> dir.resolve(s));
    int code = cl.execute(a);
    return new Run(code, out.toString(), err.toString());
  }

  static void copyTree(Path from, Path to) {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : paths.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
