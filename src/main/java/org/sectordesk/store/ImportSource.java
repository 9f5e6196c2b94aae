package org.sectordesk.store;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an import came from, for the {@code import_log} table: the kind of data, the file name, the
 * SHA-256 of its bytes and when it was imported (the desk passes its clock's time).
 */
public record ImportSource(String kind, String file, String sha256, Instant importedAt) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ImportSource {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(importedAt, "importedAt");
    if (kind.isBlank()) {
      throw new IllegalArgumentException("kind must not be blank");
    }
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
    }
  }
}
