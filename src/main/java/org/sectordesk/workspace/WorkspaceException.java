package org.sectordesk.workspace;

/** The workspace is missing, locked or its files are wrong; the message says which file and why. */
public class WorkspaceException extends RuntimeException {
  public WorkspaceException(String message) {
    super(message);
  }

  public WorkspaceException(String message, Throwable cause) {
    super(message, cause);
  }
}
