package org.sectordesk.cli;

import java.io.PrintWriter;
import org.sectordesk.desk.json.DeskJson;

/** JSON output of the analytic commands: the desk's view records through the desk's one mapper. */
final class Json {
  private Json() {}

  static void print(PrintWriter out, Object view) {
    out.println(DeskJson.write(view));
    out.flush();
  }
}
