package org.sectordesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB allows one writer process per file: a second one gets a clear error (the desk's exit code 4). */
class DatabaseLockTest {
  @TempDir
  Path dir;

  @Test
  void aDatabaseHeldByAnotherProcessIsReportedAsLocked() throws Exception {
    Path file = dir.resolve("desk.duckdb");
    Database.open(file).close();
    System.setProperty("sectordesk.lock.wait", "0.5");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        file.toString()).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("open");
      assertThatThrownBy(() -> Database.open(file))
          .isInstanceOf(StoreLockedException.class)
          .hasMessageContaining("in use by another process")
          .hasMessageContaining(file.toString());
    } finally {
      System.clearProperty("sectordesk.lock.wait");
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
    try (Database again = Database.open(file)) {
      assertThat(again.file()).isEqualTo(file);
    }
  }
}
