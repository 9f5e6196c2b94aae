package org.sectordesk.report.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFRelation;

/**
 * Opens a house PowerPoint template (.pptx, or a .potx whose main part is turned into a presentation) and drops its
 * own slides, keeping the masters, layouts and theme.
 */
final class PptxTemplate {
  private PptxTemplate() {}

  static XMLSlideShow open(byte[] template) throws IOException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(template));
      for (PackagePart p : pkg.getPartsByContentType(XSLFRelation.PRESENTATIONML_TEMPLATE.getContentType())) {
        pkg.replaceContentType(XSLFRelation.PRESENTATIONML_TEMPLATE.getContentType(),
            XSLFRelation.MAIN.getContentType());
        break;
      }
    } catch (InvalidFormatException | RuntimeException e) {
      throw new IllegalArgumentException("the deck template is not a PowerPoint .pptx / .potx file: " + e.getMessage());
    }
    XMLSlideShow ppt = new XMLSlideShow(pkg);
    while (!ppt.getSlides().isEmpty()) {
      ppt.removeSlide(ppt.getSlides().size() - 1);
    }
    return ppt;
  }
}
