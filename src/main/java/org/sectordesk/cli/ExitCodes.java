package org.sectordesk.cli;

/** Exit codes of every desk command; {@link org.sectordesk.desk.Failure} maps failures onto them. */
public final class ExitCodes {
  public static final int OK = 0;
  /** A bug or an unexpected failure. */
  public static final int FAILURE = 1;
  /** Bad usage: unknown option, missing argument. */
  public static final int USAGE = 2;
  /** The input data was rejected; nothing was stored. */
  public static final int DATA_PROBLEM = 3;
  /** The workspace is missing, wrongly configured or locked. */
  public static final int WORKSPACE = 4;

  private ExitCodes() {}
}
