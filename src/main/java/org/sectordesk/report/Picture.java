package org.sectordesk.report;

import java.util.Locale;
import java.util.Objects;

/**
 * A picture the analyst supplies (PNG, JPEG or SVG bytes from the workspace), with a caption that joins the
 * figure numbering (an empty caption prints no caption and takes no number) and a source line; size in
 * centimetres on the page.
 */
public record Picture(String caption, byte[] data, Format format, String source, double widthCm, double heightCm,
    String name) implements Block {

  /** The picture formats a report embeds. */
  public enum Format {
    PNG("image/png", "png"), JPEG("image/jpeg", "jpg"), SVG("image/svg+xml", "svg");

    private final String mediaType;
    private final String extension;

    Format(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }

    /** The format of a file name by its extension; empty for anything else. */
    public static java.util.Optional<Format> ofFileName(String file) {
      String f = file.toLowerCase(Locale.ROOT);
      if (f.endsWith(".png")) {
        return java.util.Optional.of(PNG);
      }
      if (f.endsWith(".jpg") || f.endsWith(".jpeg")) {
        return java.util.Optional.of(JPEG);
      }
      if (f.endsWith(".svg")) {
        return java.util.Optional.of(SVG);
      }
      return java.util.Optional.empty();
    }
  }

  public Picture {
    caption = caption == null ? "" : caption.strip();
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(format, "format");
    source = source == null ? "" : source;
    name = name == null ? "" : name;
    if (data.length == 0) {
      throw new IllegalArgumentException("picture '" + name + "' is empty");
    }
    if (!(widthCm >= 1 && widthCm <= 30) || !(heightCm >= 0.5 && heightCm <= 30)) {
      throw new IllegalArgumentException("picture '" + name + "' size " + widthCm + " x " + heightCm + " cm is outside 1..30 cm");
    }
  }

  /** Whether the picture takes a number (it has a caption). */
  public boolean numbered() {
    return !caption.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public String toString() {
    return "Picture[" + name + ", " + format + ", " + data.length + " bytes, '" + caption + "']";
  }
}
