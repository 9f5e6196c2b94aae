package org.sectordesk.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The natural size of a picture (pixels at 96 dpi, or an SVG's width / height / viewBox) scaled to fit the
 * text width, so a picture keeps its aspect ratio on every page. A file that is not a readable picture of its
 * format is refused with a message naming it.
 */
public final class PictureSize {
  /** Pixels per centimetre at 96 dpi. */
  static final double PX_PER_CM = 96 / 2.54;
  private static final Pattern SVG_ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
  private static final Pattern ATTR = Pattern.compile("\\b(width|height|viewBox)\\s*=\\s*[\"']([^\"']*)[\"']");

  private PictureSize() {}

  /** Width and height in pixels of a picture's natural size. */
  public static double[] pixels(byte[] data, Picture.Format format, String name) {
    if (format == Picture.Format.SVG) {
      return svgPixels(data, name);
    }
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(data));
      if (img == null || img.getWidth() <= 0 || img.getHeight() <= 0) {
        throw new IllegalArgumentException(name + ": not a readable " + format + " picture");
      }
      return new double[] {img.getWidth(), img.getHeight()};
    } catch (IOException e) {
      throw new IllegalArgumentException(name + ": not a readable " + format + " picture (" + e.getMessage() + ")");
    }
  }

  /** A picture from its bytes, at its natural size but no wider than {@code maxWidthCm} (and no taller than 22 cm). */
  public static Picture picture(String caption, byte[] data, Picture.Format format, String source, String name,
      double maxWidthCm) {
    double[] px = pixels(data, format, name);
    double w = px[0] / PX_PER_CM;
    double h = px[1] / PX_PER_CM;
    double scale = Math.min(1, Math.min(maxWidthCm / w, 22 / h));
    w *= scale;
    h *= scale;
    if (w < 1) {
      h *= 1 / w;
      w = 1;
    }
    return new Picture(caption, data, format, source, w, Math.max(0.5, Math.min(30, h)), name);
  }

  private static double[] svgPixels(byte[] data, String name) {
    String head = new String(data, 0, Math.min(data.length, 8192), StandardCharsets.UTF_8);
    Matcher root = SVG_ROOT.matcher(head);
    if (!root.find()) {
      throw new IllegalArgumentException(name + ": not an SVG picture (no <svg> element)");
    }
    Double w = null;
    Double h = null;
    double[] box = null;
    Matcher a = ATTR.matcher(root.group());
    while (a.find()) {
      switch (a.group(1)) {
        case "width" -> w = length(a.group(2));
        case "height" -> h = length(a.group(2));
        default -> {
          String[] p = a.group(2).trim().split("[\\s,]+");
          if (p.length == 4) {
            try {
              box = new double[] {Double.parseDouble(p[2]), Double.parseDouble(p[3])};
            } catch (NumberFormatException e) {
              box = null;
            }
          }
        }
      }
    }
    if (w != null && h != null && w > 0 && h > 0) {
      return new double[] {w, h};
    }
    if (box != null && box[0] > 0 && box[1] > 0) {
      if (w != null && w > 0) {
        return new double[] {w, w * box[1] / box[0]};
      }
      return box;
    }
    throw new IllegalArgumentException(name + ": the SVG gives neither width and height nor a viewBox");
  }

  /** An SVG length in pixels (px, pt, mm, cm, in or a bare number); null for percentages and the like. */
  private static Double length(String v) {
    Matcher m = Pattern.compile("^\\s*([0-9.]+)\\s*(px|pt|mm|cm|in)?\\s*$").matcher(v);
    if (!m.matches()) {
      return null;
    }
    double n = Double.parseDouble(m.group(1));
    String u = m.group(2) == null ? "px" : m.group(2);
    return switch (u) {
      case "pt" -> n * 96 / 72;
      case "mm" -> n * PX_PER_CM / 10;
      case "cm" -> n * PX_PER_CM;
      case "in" -> n * 96;
      default -> n;
    };
  }
}
