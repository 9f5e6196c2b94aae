package org.sectordesk.desk;

import java.time.format.DateTimeParseException;
import org.sectordesk.domain.BadInputException;
import org.sectordesk.domain.NotFoundException;
import org.sectordesk.store.StoreLockedException;
import org.sectordesk.workspace.WorkspaceException;

/**
 * The kinds of failure a use case reports, and the one mapping from a failure to the CLI's exit code and the web
 * desk's HTTP status. An unexpected failure (a bug) is {@link #INTERNAL}: never "bad usage".
 */
public enum Failure {
  /** The user named something that is not there (a code, a watch list, a series, a report file). */
  NOT_FOUND(2, 404),
  /** The user's input cannot be used (options, periods, formats). */
  BAD_INPUT(2, 400),
  /** A file was rejected (nothing was stored), or the data cannot answer (stale). */
  DATA_REJECTED(3, 422),
  /** Another process (a running import, the web desk) holds the workspace for writing. */
  WORKSPACE_LOCKED(4, 409),
  /** The workspace is missing or its files are wrong. */
  WORKSPACE(4, 503),
  /** The web desk needs its token and the request has none (or a wrong one). */
  UNAUTHORIZED(4, 401),
  /** Refused: no CSRF token, a path outside the output folder, a write on a read-only desk. */
  FORBIDDEN(4, 403),
  /** The request is larger than the desk accepts. */
  TOO_LARGE(2, 413),
  /** A bug or an unexpected failure. */
  INTERNAL(1, 500);

  private final int exitCode;
  private final int httpStatus;

  Failure(int exitCode, int httpStatus) {
    this.exitCode = exitCode;
    this.httpStatus = httpStatus;
  }

  public int exitCode() {
    return exitCode;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The kind of a failure, by its type and (for a locked store) its causes. */
  public static Failure of(Throwable e) {
    if (e instanceof RefusedException r) {
      return r.failure();
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof StoreLockedException) {
        return WORKSPACE_LOCKED;
      }
    }
    if (e instanceof WorkspaceException) {
      return WORKSPACE;
    }
    if (e instanceof DataRejectedException || e instanceof ImportRejectedException || e instanceof StaleDataException) {
      return DATA_REJECTED;
    }
    if (e instanceof NotFoundException) {
      return NOT_FOUND;
    }
    if (e instanceof BadInputException || e instanceof DateTimeParseException) {
      return BAD_INPUT;
    }
    if (e instanceof IllegalArgumentException && thrownByTheDesk(e)) {
      // the desk's own argument checks word their message for the user; the same exception thrown inside the JDK
      // or a library is a bug
      return BAD_INPUT;
    }
    return INTERNAL;
  }

  private static boolean thrownByTheDesk(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    return trace.length > 0 && trace[0].getClassName().startsWith("org.sectordesk.");
  }
}
