package org.sectordesk.store;

/** The workspace database refused or failed an operation; the message says which and why. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
