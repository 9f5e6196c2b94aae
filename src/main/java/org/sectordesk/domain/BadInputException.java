package org.sectordesk.domain;

/** The user's input cannot be used: a malformed option, an impossible period, an unknown format. */
public class BadInputException extends IllegalArgumentException {
  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
