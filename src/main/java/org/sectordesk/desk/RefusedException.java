package org.sectordesk.desk;

/** A request the desk refuses for a stated reason (see {@link Failure}): no token, no CSRF token, too large. */
public class RefusedException extends RuntimeException {
  private final Failure failure;

  public RefusedException(Failure failure, String message) {
    super(message);
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }
}
