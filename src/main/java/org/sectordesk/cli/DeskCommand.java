package org.sectordesk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import org.sectordesk.desk.Desk;
import org.sectordesk.workspace.Workspace;

/** The root command: {@code desk [-w DIR] COMMAND}. */
@Command(name = "desk", mixinStandardHelpOptions = true, version = "Sector Desk 0.1.0",
    description = {
        "Sector Desk: market data, estimates, ratings and news for an internet / media / AI sector team,",
        "and the weekly and monthly reports built from them.",
        "",
        "Start with:  desk init WORK --sample   then   desk -w WORK review --month 2024-11"},
    subcommands = {HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 failure, 2 bad usage, 3 data rejected (nothing stored), 4 workspace missing or locked."})
public final class DeskCommand {

  @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", scope = ScopeType.INHERIT,
      description = "Workspace folder (holds desk.yaml and desk.duckdb). Default: ${DEFAULT-VALUE}",
      defaultValue = "${env:DESK_WORKSPACE:-.}")
  Path workspaceDir;

  @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of failures.")
  boolean verbose;

  /** Opens the desk on the workspace the user named; the caller closes it. */
  public Desk openDesk() {
    return Desk.open(workspaceDir);
  }

  /** Opens the workspace the user named; the caller closes it. */
  public Workspace openWorkspace() {
    return Workspace.open(workspaceDir);
  }

  /** Opens the desk read-only, for a command that only reads (runs beside other readers). */
  public Desk openDeskToRead() {
    return Desk.openToRead(workspaceDir);
  }

  /** Opens the workspace read-only, for a command that only reads (runs beside other readers). */
  public Workspace openWorkspaceToRead() {
    return Workspace.openToRead(workspaceDir);
  }
}
