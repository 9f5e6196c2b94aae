package org.sectordesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sectordesk.web.Tokens;
import org.sectordesk.web.WebDesk;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Serve the web desk: pages (Chinese by default, ?lang=en) and the JSON API under /api/.",
        "Binds to 127.0.0.1 unless --bind says otherwise; any other address needs a token made with --new-token.",
        "Stop it with Ctrl-C.", "",
        "Examples:  desk -w WORK serve",
        "           desk -w WORK serve --new-token   then   desk -w WORK serve --bind 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {
  @ParentCommand DeskCommand root;
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "TCP port (0: any free one). Default: ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--bind", defaultValue = "127.0.0.1", description = "Address to listen on. Default: ${DEFAULT-VALUE}")
  String bind;

  @Option(names = "--read-only", description = "Refuse every change (no report generation).")
  boolean readOnly;

  @Option(names = "--new-token", description = "Make a new access token, print it once, store only its hash, and exit.")
  boolean newToken;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (newToken) {
      String token = Tokens.create(root.workspaceDir);
      out.println(token);
      out.println("the token above is shown once; its SHA-256 hash is in " + root.workspaceDir.resolve(Tokens.FILE)
          + ". Send it as  Authorization: Bearer TOKEN  or log in at /login.");
      out.flush();
      return ExitCodes.OK;
    }
    WebDesk web = WebDesk.start(root.workspaceDir, bind, port, readOnly);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      web.close();
      stopped.countDown();
    }, "desk-serve-stop"));
    out.println("Sector Desk web desk on http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + web.port() + "/"
        + (readOnly ? " (read-only)" : "") + "  — Ctrl-C stops it");
    out.flush();
    stopped.await();
    return ExitCodes.OK;
  }
}
