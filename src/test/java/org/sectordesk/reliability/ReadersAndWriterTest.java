package org.sectordesk.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sectordesk.store.Database;
import org.sectordesk.store.LockHolder;

/**
 * Defect 4: read-only commands open the store read-only and run side by side; a reader meeting a running
 * import waits up to DESK_LOCK_WAIT seconds, then says an import is running (exit 4), as the README documents.
 */
class ReadersAndWriterTest {
  @TempDir static Path dir;
  static Path ws;

  @BeforeAll
  static void workspace() throws IOException {
    ws = DeskRun.seededWorkspace(dir);
  }

  record Done(int code, String out, String err, long millis) {}

  private static Done finish(Process p, long started) throws Exception {
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the command did not finish");
    }
    return new Done(p.exitValue(), out, err, (System.nanoTime() - started) / 1_000_000);
  }

  @Test
  void fourReadersAtOnceAllSucceedBesideAFifthReader() throws Exception {
    // this JVM holds the store open read-only throughout: every reader below runs beside it
    try (Database reader = Database.open(ws.resolve("desk.duckdb"), true)) {
      long t0 = System.nanoTime();
      List<Process> readers = new ArrayList<>();
      readers.add(Subprocess.start(ws, Map.of("sectordesk.lock.wait", "0"), "review", "--month", "2024-11"));
      readers.add(Subprocess.start(ws, Map.of("sectordesk.lock.wait", "0"), "indices", "--month", "2024-11"));
      readers.add(Subprocess.start(ws, Map.of("sectordesk.lock.wait", "0"), "movers", "--market", "HK", "--month", "2024-11"));
      readers.add(Subprocess.start(ws, Map.of("sectordesk.lock.wait", "0"), "estimates", "--as-of", "2024-12-02"));
      for (Process p : readers) {
        Done d = finish(p, t0);
        assertThat(d.code()).as(d.err()).isZero();
        assertThat(d.out()).isNotBlank();
      }
    }
  }

  @Test
  void aReaderDuringAWriteWaitsItsTimeThenSaysAnImportIsRunning() throws Exception {
    Process holder = holdForWriting();
    try {
      long t0 = System.nanoTime();
      Done d = finish(Subprocess.start(ws, Map.of("sectordesk.lock.wait", "1.5"), "review", "--month", "2024-11"), t0);
      assertThat(d.code()).isEqualTo(4);
      assertThat(d.err()).contains("an import (or another command that writes) is running on this workspace")
          .contains("waited 1.5 s");
      assertThat(d.millis()).isGreaterThanOrEqualTo(1500);
    } finally {
      release(holder);
    }
  }

  @Test
  void aReaderThatMeetsAnImportGoesOnWhenTheImportEnds() throws Exception {
    Process holder = holdForWriting();
    long t0 = System.nanoTime();
    Process reader;
    try {
      reader = Subprocess.start(ws, Map.of("sectordesk.lock.wait", "60"), "review", "--month", "2024-11");
      Thread.sleep(2500);
      assertThat(reader.isAlive()).as("the reader waits while the writer holds the store").isTrue();
    } finally {
      release(holder);
    }
    Done d = finish(reader, t0);
    assertThat(d.code()).as(d.err()).isZero();
    assertThat(d.out()).contains("腾讯控股");
  }

  private static Process holdForWriting() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        ws.resolve("desk.duckdb").toString()).redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).isEqualTo("open");
    return holder;
  }

  private static void release(Process holder) throws InterruptedException, IOException {
    holder.getOutputStream().close();
    if (!holder.waitFor(30, TimeUnit.SECONDS)) {
      holder.destroyForcibly();
    }
  }
}
