package org.sectordesk.report.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rendered files replace the old file in one step and are never written through a symbolic link. */
class OutputFilesTest {
  @TempDir Path dir;

  @Test
  void writesAndReplacesWithoutLeavingTemporaryFiles() throws IOException {
    Path f = dir.resolve("report.md");
    OutputFiles.write(f, "one".getBytes(StandardCharsets.UTF_8));
    OutputFiles.write(f, "two".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(f)).isEqualTo("two");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(f);
    }
  }

  @Test
  void aNewReportIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
    Path f = dir.resolve("report.pdf");
    OutputFiles.write(f, "one".getBytes(StandardCharsets.UTF_8));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    OutputFiles.write(f, "two".getBytes(StandardCharsets.UTF_8));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
  }

  @Test
  void refusesASymbolicLinkAndLeavesItsTargetAlone() throws IOException {
    Path victim = Files.writeString(dir.resolve("victim"), "precious");
    Path link = Files.createSymbolicLink(dir.resolve("report.md"), victim);
    assertThatThrownBy(() -> OutputFiles.write(link, "x".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class).hasMessageContaining("it is a symbolic link");
    assertThat(Files.readString(victim)).isEqualTo("precious");
  }

  @Test
  void aFolderWhereAFileIsSaysSo() throws IOException {
    Path file = Files.writeString(dir.resolve("out"), "x");
    assertThatThrownBy(() -> OutputFiles.folder(file)).hasMessageContaining("a file of that name exists");
  }
}
