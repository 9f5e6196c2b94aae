package org.sectordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * DuckDB's JDBC driver copies its 72 MB native library into the temp folder on every start when the library
 * is on the class path. The build unpacks it once into target/duckdb instead, next to the driver's classes.
 */
class NativeLibraryTest {

  @Test
  void theDriverLoadsTheLibraryUnpackedByTheBuildAndCopiesNothingToTheTempFolder() throws Exception {
    Class<?> nativeLoader = Class.forName("org.duckdb.DuckDBNative", false, getClass().getClassLoader());
    assertThat(nativeLoader.getResource("/libduckdb_java.so_linux_amd64"))
        .as("a native library on the class path: the driver would copy it into the temp folder").isNull();
    Path driverJar = Path.of(nativeLoader.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(driverJar.getParent().getFileName()).hasToString("duckdb");

    try (var connection = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(connection.isValid(1)).isTrue();
    }
    List<String> maps = Files.readAllLines(Path.of("/proc/self/maps"));
    assertThat(maps).filteredOn(line -> line.contains("libduckdb_java")).isNotEmpty()
        .allSatisfy(line -> assertThat(line).contains(driverJar.getParent().toString() + "/libduckdb_java.so_"));
  }
}
