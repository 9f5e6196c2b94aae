package org.sectordesk.ingest;

/**
 * A CSV row must have exactly as many fields as its header: a short row would take its missing values from
 * the wrong columns, a long one hides a stray comma or a broken quote.
 */
public final class FieldCounts {
  private FieldCounts() {}

  /** Null when the counts agree; else the message of the problem. */
  public static String check(int fields, int headerFields, long headerLine) {
    if (fields == headerFields) {
      return null;
    }
    return "the row has " + fields + (fields == 1 ? " field" : " fields") + " but the header"
        + (headerLine > 0 ? " (line " + headerLine + ")" : "") + " has " + headerFields
        + (fields < headerFields ? "; every row needs a value or an empty field for each column"
            : "; quote a value that holds the separator");
  }
}
