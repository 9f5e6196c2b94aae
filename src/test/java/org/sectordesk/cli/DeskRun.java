package org.sectordesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One {@code desk -w WS …} command run in this JVM: its exit code and what it printed. */
record DeskRun(int code, String out, String err) {
  static DeskRun in(Path ws, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "-w";
    all[1] = ws.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = DeskMain.run(new PrintWriter(out), new PrintWriter(err), all);
    return new DeskRun(code, out.toString(), err.toString());
  }
}
