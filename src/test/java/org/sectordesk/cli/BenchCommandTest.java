package org.sectordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code desk bench market} on a tiny market: the command runs and prints every figure and check. */
class BenchCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsMediansRatiosHeapAndChecks() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DeskMain.run(new PrintWriter(out), new PrintWriter(err), "bench", "market", "--securities", "45",
        "--years", "1", "--month", "2025-06", "--runs", "1", "--dir", dir.toString(), "--no-pandas");
    assertThat(code).as(err.toString()).isEqualTo(0);
    assertThat(out.toString())
        .contains("45 securities x 1 years")
        .contains("import (bulk loader) (bars/s)")
        .contains("month review, ours (ms)")
        .contains("month review, straight SQL (ms)")
        .contains("top-10 movers per market (ms)")
        .contains("PE-TTM percentile HSTECH.HI (ms)")
        .contains("ratio ours / straight SQL")
        .contains("month review, ours (CPU ms)")
        .contains("month review, windowed SQL (CPU ms)")
        .containsPattern("ratio ours / windowed SQL   \\d+\\.\\d{3}   \\(CPU time: (\\d+\\.\\d{3}|n/a, below the CPU clock's 10 ms)\\)")
        .contains("pandas baseline             skipped (--no-pandas)")
        .contains("peak Java heap")
        .containsPattern("largest difference 0\\.0e\\+00")
        .contains("top HK: ");
    assertThat(err.toString()).contains("generating 45 securities x 1 years");
  }

  @Test
  void badOptionsAreUsageErrors() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = DeskMain.run(new PrintWriter(out), new PrintWriter(err), "bench", "market", "--runs", "0",
        "--dir", dir.toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("runs must be at least 1, got 0");
  }
}
