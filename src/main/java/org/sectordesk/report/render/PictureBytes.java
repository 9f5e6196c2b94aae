package org.sectordesk.report.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.sectordesk.report.Picture;

/**
 * A picture as the paged formats embed it: PNG and JPEG as they are, SVG drawn to a PNG (Batik) at
 * 2.5 times its size on the page so it stays sharp in print.
 */
final class PictureBytes {
  private PictureBytes() {}

  /** Bytes Word / the PDF can embed, and their format (PNG or JPEG). */
  record Raster(byte[] data, Picture.Format format) {}

  static Raster raster(Picture p) {
    if (p.format() != Picture.Format.SVG) {
      return new Raster(p.data(), p.format());
    }
    PNGTranscoder t = new PNGTranscoder();
    float w = (float) (p.widthCm() * HtmlRenderer.PX_PER_CM * 2.5);
    t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, w);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      t.transcode(new TranscoderInput(new ByteArrayInputStream(p.data())), new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalArgumentException(p.name() + ": the SVG cannot be drawn: " + e.getMessage(), e);
    }
    return new Raster(out.toByteArray(), Picture.Format.PNG);
  }
}
