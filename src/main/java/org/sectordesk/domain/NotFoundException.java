package org.sectordesk.domain;

/** What the user asked for is not there: an unknown code, watch list, series or file. */
public class NotFoundException extends IllegalArgumentException {
  public NotFoundException(String message) {
    super(message);
  }
}
