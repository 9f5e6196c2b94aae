package org.sectordesk.desk;

import java.nio.file.Path;
import java.util.Set;
import org.sectordesk.report.Report;
import org.sectordesk.report.ReportFonts;
import org.sectordesk.workspace.Workspace;

/** The report use cases of a desk; the font (about 20 MB) loads once, on the first report, and is then shared. */
final class Reports {
  private ReportDesk desk;

  private synchronized ReportDesk desk() {
    if (desk == null) {
      desk = new ReportDesk(ReportFonts.load());
    }
    return desk;
  }

  ReportDesk.Outcome write(Workspace ws, ReportRequest r, Set<ReportFormat> formats, Path outDir, byte[] template) {
    ReportDesk.Opened o = ReportDesk.open(ws, r.kind(), r.lang());
    return r.kind().equals("monthly")
        ? desk().monthly(o.sources(), o.setup(), r.month(), r.lang(), formats, outDir, template)
        : desk().weekly(o.sources(), o.setup(), r.day(), r.lang(), formats, outDir, template);
  }

  byte[] bytes(Workspace ws, ReportRequest r, ReportFormat format) {
    ReportDesk.Opened o = ReportDesk.open(ws, r.kind(), r.lang());
    Report report = ReportDesk.compose(o, r);
    return desk().bytes(report, format, null);
  }
}
