package org.sectordesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sectordesk.domain.BadInputException;
import org.sectordesk.domain.NotFoundException;
import org.sectordesk.store.StoreLockedException;
import org.sectordesk.workspace.WorkspaceException;

class FailureTest {
  @Test
  void everyKindHasItsExitCodeAndHttpStatus() {
    assertThat(Failure.of(new NotFoundException("unknown code X"))).isEqualTo(Failure.NOT_FOUND);
    assertThat(Failure.NOT_FOUND.httpStatus()).isEqualTo(404);
    assertThat(Failure.of(new BadInputException("--top must be at least 1"))).isEqualTo(Failure.BAD_INPUT);
    assertThat(Failure.BAD_INPUT.exitCode()).isEqualTo(2);
    assertThat(Failure.of(new ImportRejectedException("f.csv", List.of("line 2"), 1))).isEqualTo(Failure.DATA_REJECTED);
    assertThat(Failure.DATA_REJECTED.exitCode()).isEqualTo(3);
    Exception locked = new WorkspaceException("in use", new StoreLockedException(Path.of("desk.duckdb"), null));
    assertThat(Failure.of(locked)).isEqualTo(Failure.WORKSPACE_LOCKED);
    assertThat(Failure.WORKSPACE_LOCKED.exitCode()).isEqualTo(4);
    assertThat(Failure.of(new WorkspaceException("no workspace"))).isEqualTo(Failure.WORKSPACE);
  }

  @Test
  void aBugIsAnInternalErrorNeverBadUsage() {
    assertThat(Failure.of(new NullPointerException())).isEqualTo(Failure.INTERNAL);
    assertThat(Failure.of(new IllegalStateException("x"))).isEqualTo(Failure.INTERNAL);
    // an IllegalArgumentException from inside the JDK is a bug of ours, not the user's input
    IllegalArgumentException jdk = null;
    try {
      List.of(1).subList(1, 0);
    } catch (IllegalArgumentException e) {
      jdk = e;
    }
    assertThat(jdk).isNotNull();
    assertThat(Failure.of(jdk)).isEqualTo(Failure.INTERNAL);
    assertThat(Failure.INTERNAL.exitCode()).isEqualTo(1);
    assertThat(Failure.INTERNAL.httpStatus()).isEqualTo(500);
    assertThat(Failure.of(new java.time.format.DateTimeParseException("bad", "2024-13", 5))).isEqualTo(Failure.BAD_INPUT);
    assertThat(LocalDate.of(2024, 1, 1)).isNotNull();
  }
}
