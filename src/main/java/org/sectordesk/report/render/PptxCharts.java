package org.sectordesk.report.render;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFRunProperties;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.NumberStyle;
import org.sectordesk.report.ReportFonts;

/**
 * Native PowerPoint charts (POI XDDF) of the deck: the values go into the chart's embedded workbook (column A the
 * periods, one column per series), so PowerPoint's "edit data" opens them. Missing values stay empty cells, never 0.
 */
final class PptxCharts {
  private PptxCharts() {}

  /** Bars (grouped or stacked) with lines, the lines on a second axis when asked; estimate bars lighter. */
  static void combo(XMLSlideShow ppt, XSLFSlide slide, ChartSpec.Combo spec, Rectangle2D area, HouseStyle style) {
    XSLFChart chart = ppt.createChart(slide);
    slide.addChart(chart, emu(area));
    String[] cats = spec.categories().toArray(new String[0]);
    int n = cats.length;
    XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(cats,
        chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
    int col = 1;
    XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
    left.setCrosses(AxisCrosses.AUTO_ZERO);
    left.setCrossBetween(AxisCrossBetween.BETWEEN);
    bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
    axisText(bottom.getOrAddTextProperties());
    axisText(left.getOrAddTextProperties());
    gridLines(left);
    numberFormat(chart, 0, spec.bars().isEmpty() ? spec.lineStyle() : spec.barStyle());
    int colour = 0;
    if (!spec.bars().isEmpty()) {
      XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
      bars.setBarDirection(BarDirection.COL);
      bars.setBarGrouping(spec.stacked() ? BarGrouping.STACKED : BarGrouping.CLUSTERED);
      bars.setGapWidth(spec.bars().size() > 1 && !spec.stacked() ? 80 : 60);
      bars.setVaryColors(false);
      for (ChartSpec.BarSeries s : spec.bars()) {
        XDDFChartData.Series series = bars.addSeries(categories, values(chart, s.values(), n, col));
        series.setTitle(s.name(), chart.setSheetTitle(s.name(), col));
        Color c = HouseStyle.awt(style.series(colour++));
        XDDFShapeProperties sp = new XDDFShapeProperties();
        sp.setFillProperties(PptxRenderer.fill(c));
        sp.setLineProperties(PptxRenderer.noLine());
        series.setShapeProperties(sp);
        for (int i : spec.estimates()) {
          Color light = new Color((c.getRed() + 255) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
          series.getDataPoint(i).setFillProperties(PptxRenderer.fill(light));
        }
        col++;
      }
      chart.plot(bars);
      if (spec.stacked()) {
        overlap(chart);
      }
    }
    if (!spec.lines().isEmpty()) {
      XDDFCategoryAxis lineCats = bottom;
      XDDFValueAxis lineAxis = left;
      if (!spec.bars().isEmpty() && spec.linesOnRightAxis()) {
        lineCats = chart.createCategoryAxis(AxisPosition.BOTTOM);
        lineCats.setVisible(false);
        lineAxis = chart.createValueAxis(AxisPosition.RIGHT);
        lineAxis.setCrosses(AxisCrosses.MAX);
        lineAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        lineCats.crossAxis(lineAxis);
        lineAxis.crossAxis(lineCats);
        axisText(lineAxis.getOrAddTextProperties());
        numberFormat(chart, 1, spec.lineStyle());
      }
      XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, lineCats, lineAxis);
      lines.setVaryColors(false);
      for (ChartSpec.BarSeries s : spec.lines()) {
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categories,
            values(chart, s.values(), n, col));
        series.setTitle(s.name(), chart.setSheetTitle(s.name(), col));
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
        Color c = HouseStyle.awt(style.series(colour++));
        XDDFShapeProperties sp = new XDDFShapeProperties();
        sp.setLineProperties(PptxRenderer.line(c, 2));
        series.setShapeProperties(sp);
        col++;
      }
      chart.plot(lines);
    }
    legend(chart, spec.bars().size() + spec.lines().size());
  }

  /** Dated lines (index returns, PE-TTM) as a line chart over the dates; values on one axis. */
  static void lines(XMLSlideShow ppt, XSLFSlide slide, ChartSpec.Lines spec, Rectangle2D area, HouseStyle style) {
    XSLFChart chart = ppt.createChart(slide);
    slide.addChart(chart, emu(area));
    java.util.TreeSet<LocalDate> all = new java.util.TreeSet<>();
    spec.series().forEach(s -> all.addAll(s.dates()));
    List<LocalDate> dates = List.copyOf(all);
    String[] cats = dates.stream().map(LocalDate::toString).toArray(String[]::new);
    int n = cats.length;
    XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(cats,
        chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
    XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
    left.setCrosses(AxisCrosses.AUTO_ZERO);
    bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
    axisText(bottom.getOrAddTextProperties());
    axisText(left.getOrAddTextProperties());
    gridLines(left);
    numberFormat(chart, 0, spec.valueStyle());
    XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
    lines.setVaryColors(false);
    bottom.setMajorTickMark(org.apache.poi.xddf.usermodel.chart.AxisTickMark.NONE);
    skipLabels(chart, Math.max(1, (int) Math.ceil(n / Math.max(1.0, area.getWidth() / 100))));
    int col = 1;
    for (ChartSpec.LineSeries s : spec.series()) {
      java.util.Map<LocalDate, Double> byDate = new java.util.HashMap<>();
      for (int i = 0; i < s.dates().size(); i++) {
        byDate.put(s.dates().get(i), s.values().get(i));
      }
      // a day one market is closed keeps its last value (a level or a return does not change on a holiday), so the
      // lines of markets with different holidays have no gaps; before a series' first day there is no value
      List<Double> values = new java.util.ArrayList<>();
      Double last = null;
      for (LocalDate d : dates) {
        Double v = byDate.get(d);
        last = v != null ? v : last;
        values.add(last);
      }
      XDDFLineChartData.Series series = (XDDFLineChartData.Series) lines.addSeries(categories, values(chart, values, n, col));
      series.setTitle(s.name(), chart.setSheetTitle(s.name(), col));
      series.setSmooth(false);
      series.setMarkerStyle(MarkerStyle.NONE);
      XDDFShapeProperties sp = new XDDFShapeProperties();
      sp.setLineProperties(PptxRenderer.line(HouseStyle.awt(style.series(col - 1)), 1.5));
      series.setShapeProperties(sp);
      col++;
    }
    chart.plot(lines);
    legend(chart, spec.series().size());
  }

  /**
   * Stacked bars need {@code <c:overlap val="100"/>} (before the axis ids); the schema type is not in POI's lite
   * schemas, so the element is written through a cursor.
   */
  private static void overlap(XSLFChart chart) {
    var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
    String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    try (org.apache.xmlbeans.XmlCursor c = bar.newCursor()) {
      if (!c.toFirstChild()) {
        return;
      }
      do {
        if (c.getName().getLocalPart().equals("axId")) {
          c.beginElement(new javax.xml.namespace.QName(ns, "overlap", "c"));
          c.insertAttributeWithValue("val", "100");
          return;
        }
      } while (c.toNextSibling());
    }
  }

  /** Label every {@code n}-th date only (through a cursor: the element is not in POI's lite schemas). */
  private static void skipLabels(XSLFChart chart, int n) {
    String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    var ax = chart.getCTChart().getPlotArea().getCatAxArray(0);
    try (org.apache.xmlbeans.XmlCursor c = ax.newCursor()) {
      boolean before = false;
      if (c.toFirstChild()) {
        do {
          String name = c.getName().getLocalPart();
          if (name.equals("noMultiLvlLbl") || name.equals("extLst")) {
            before = true;
            break;
          }
        } while (c.toNextSibling());
      }
      if (!before) {
        c.toParent();
        c.toEndToken();
      }
      c.beginElement(new javax.xml.namespace.QName(ns, "tickLblSkip", "c"));
      c.insertAttributeWithValue("val", Integer.toString(n));
      c.toEndToken();
      c.toNextToken();
      c.beginElement(new javax.xml.namespace.QName(ns, "tickMarkSkip", "c"));
      c.insertAttributeWithValue("val", Integer.toString(n));
    }
  }

  /** The graphic frame of a chart is placed in EMU, not points. */
  private static Rectangle2D emu(Rectangle2D pt) {
    return new Rectangle2D.Double(org.apache.poi.util.Units.toEMU(pt.getX()), org.apache.poi.util.Units.toEMU(pt.getY()),
        org.apache.poi.util.Units.toEMU(pt.getWidth()), org.apache.poi.util.Units.toEMU(pt.getHeight()));
  }

  private static XDDFNumericalDataSource<Double> values(XSLFChart chart, List<Double> values, int n, int col) {
    Double[] v = new Double[n];
    for (int i = 0; i < n; i++) {
      Double x = values.get(i);
      v[i] = x == null || !Double.isFinite(x) ? null : x;
    }
    return XDDFDataSourcesFactory.fromArray(v, chart.formatRange(new CellRangeAddress(1, n, col, col)), col);
  }

  private static void legend(XSLFChart chart, int series) {
    if (series > 1) {
      var legend = chart.getOrAddLegend();
      legend.setPosition(LegendPosition.TOP);
      legend.setOverlay(false);
      var tx = chart.getCTChart().getLegend();
      org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody body = tx.isSetTxPr() ? tx.getTxPr() : tx.addNewTxPr();
      fontBody(body);
    }
    chart.setAutoTitleDeleted(true);
    blanksAsGaps(chart);
  }

  /**
   * A missing value is a gap in the line, not a zero: {@code <c:dispBlanksAs val="gap"/>} (the file format's
   * default is zero). Written through a cursor as its schema type is not in POI's lite schemas.
   */
  private static void blanksAsGaps(XSLFChart chart) {
    String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    try (org.apache.xmlbeans.XmlCursor c = chart.getCTChart().newCursor()) {
      c.toEndToken(); // the chart's end: the new element becomes its last child (POI writes no extLst here)
      c.beginElement(new javax.xml.namespace.QName(ns, "dispBlanksAs", "c"));
      c.insertAttributeWithValue("val", "gap");
    }
  }

  /** The axis labels in the report font, small and grey. */
  private static void axisText(XDDFRunProperties p) {
    if (p == null) {
      return;
    }
    p.setFontSize(10.0);
    p.setFonts(new org.apache.poi.xddf.usermodel.text.XDDFFont[] {
        new org.apache.poi.xddf.usermodel.text.XDDFFont(org.apache.poi.common.usermodel.fonts.FontGroup.LATIN,
            ReportFonts.FAMILY, null, null, null),
        new org.apache.poi.xddf.usermodel.text.XDDFFont(org.apache.poi.common.usermodel.fonts.FontGroup.EAST_ASIAN,
            ReportFonts.FAMILY, null, null, null)});
    p.setFillProperties(PptxRenderer.fill(new Color(0x44, 0x44, 0x44)));
  }

  private static void fontBody(org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody body) {
    if (body.getBodyPr() == null) {
      body.addNewBodyPr();
    }
    if (body.sizeOfPArray() == 0) {
      body.addNewP();
    }
    var p = body.getPArray(0);
    var ppr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
    var rpr = ppr.isSetDefRPr() ? ppr.getDefRPr() : ppr.addNewDefRPr();
    rpr.setSz(1000);
    rpr.addNewLatin().setTypeface(ReportFonts.FAMILY);
    rpr.addNewEa().setTypeface(ReportFonts.FAMILY);
  }

  private static void gridLines(XDDFValueAxis axis) {
    XDDFShapeProperties grid = axis.getOrAddMajorGridProperties();
    grid.setLineProperties(PptxRenderer.line(new Color(0xDD, 0xDD, 0xDD), 0.5));
  }

  /** The value axis' number format: percent styles take fractions ("0%"), others grouped with the style's decimals. */
  private static void numberFormat(XSLFChart chart, int axis, NumberStyle style) {
    var ax = chart.getCTChart().getPlotArea().getValAxArray(axis);
    var fmt = ax.isSetNumFmt() ? ax.getNumFmt() : ax.addNewNumFmt();
    String code = style.unit().isFraction() ? "0%" : style.unit() == NumberStyle.Unit.MULTIPLE ? "0\"x\"" : "General";
    fmt.setFormatCode(code);
    fmt.setSourceLinked(false);
  }
}
