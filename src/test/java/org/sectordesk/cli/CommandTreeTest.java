package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandTreeTest {

  @Test
  void everyLazyCommandIsRegisteredUnderItsOwnName() {
    DeskMain.Subcommands.ALL.forEach((name, make) -> {
      CommandLine.Command command = make.get().getClass().getAnnotation(CommandLine.Command.class);
      assertThat(command.name()).as("the key of %s", make.get().getClass().getSimpleName()).isEqualTo(name);
    });
  }

  @Test
  void aCommandLineNamingACommandBuildsOnlyThatCommand() {
    assertThat(DeskMain.commandLine("-w", "work", "--verbose", "review", "--month", "2024-11").getSubcommands().keySet())
        .containsExactlyInAnyOrder("help", "review");
    assertThat(DeskMain.commandLine("--workspace", "review", "movers").getSubcommands().keySet())
        .containsExactlyInAnyOrder("help", "movers");
    assertThat(DeskMain.commandLine("--version").getSubcommands().keySet()).containsExactly("help");
  }

  @Test
  void usageHelpAndUnknownCommandsSeeTheWholeTree() {
    var all = DeskMain.Subcommands.ALL.keySet();
    assertThat(DeskMain.commandLine().getSubcommands().keySet()).containsAll(all).contains("help");
    assertThat(DeskMain.commandLine("help", "review").getSubcommands().keySet()).containsAll(all);
    assertThat(DeskMain.commandLine("--help").getSubcommands().keySet()).containsAll(all);

    StringWriter err = new StringWriter();
    int code = DeskMain.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "reveiw", "--month", "2024-11");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("review");
  }

  @Test
  void everyCommandsSummaryInTheHelpListIsAWholeSentence() {
    java.util.List<String> cut = new java.util.ArrayList<>();
    collectSummaries(DeskMain.commandLine(), cut);
    assertThat(cut).as("first description lines that do not end a sentence").isEmpty();
  }

  private static void collectSummaries(CommandLine cl, java.util.List<String> cut) {
    cl.getSubcommands().forEach((name, sub) -> {
      String[] d = sub.getCommandSpec().usageMessage().description();
      String first = d.length == 0 ? "" : d[0].strip();
      if (!first.isEmpty() && !first.matches(".*[.)。:]$")) {
        cut.add(sub.getCommandSpec().qualifiedName() + ": " + first);
      }
      collectSummaries(sub, cut);
    });
  }
}
