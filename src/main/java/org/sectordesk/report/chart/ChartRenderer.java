package org.sectordesk.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.NumberStyle;
import org.sectordesk.report.ReportFonts;

/**
 * Draws a {@link ChartSpec} with JFreeChart in the house style: flat bars, thin lines, light
 * horizontal grid, no chart border, the report font for every label (never a system font).
 * PNG for DOCX, PDF and Markdown; SVG (text drawn as outlines, so it needs no font) for HTML.
 */
public final class ChartRenderer {
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Color TEXT = new Color(0x33, 0x33, 0x33);

  private final ReportFonts fonts;
  private final HouseStyle style;
  /** PNGs already drawn by this renderer (DOCX, PDF and Markdown use the same images). */
  private final java.util.Map<PngKey, byte[]> pngs = new java.util.concurrent.ConcurrentHashMap<>();

  private record PngKey(ChartSpec spec, int width, int height, double scale) {}

  public ChartRenderer(ReportFonts fonts, HouseStyle style) {
    this.fonts = Objects.requireNonNull(fonts, "fonts");
    this.style = Objects.requireNonNull(style, "style");
  }

  /** PNG bytes at {@code scale} times the nominal pixel size (2 for crisp print); drawn once per renderer. */
  public byte[] png(ChartSpec spec, int width, int height, double scale) {
    return pngs.computeIfAbsent(new PngKey(spec, width, height, scale), k -> draw(spec, width, height, scale));
  }

  private byte[] draw(ChartSpec spec, int width, int height, double scale) {
    return PngEncoder.encode(image(spec, width, height, scale));
  }

  /** The chart drawn on a white RGB image {@code scale} times its nominal size. */
  BufferedImage image(ChartSpec spec, int width, int height, double scale) {
    JFreeChart chart = chart(spec);
    BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, img.getWidth(), img.getHeight());
      g.scale(scale, scale);
      chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    } finally {
      g.dispose();
    }
    return img;
  }

  /** An inline {@code <svg>} element with a view box, text drawn as vector outlines. */
  public String svg(ChartSpec spec, int width, int height, String id) {
    JFreeChart chart = chart(spec);
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
    g.setDefsKeyPrefix(id + "-"); // unique clip-path ids when several charts sit in one page
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
  }

  /** The JFreeChart of a spec, styled. */
  public JFreeChart chart(ChartSpec spec) {
    JFreeChart chart;
    if (spec instanceof ChartSpec.Bars b) {
      chart = bars(b);
    } else if (spec instanceof ChartSpec.Combo c) {
      chart = new ComboChart(fonts, style).chart(c);
    } else {
      chart = lines((ChartSpec.Lines) spec);
    }
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setItemFont(fonts.awt(11f, false));
      legend.setItemPaint(TEXT);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(Color.WHITE);
      legend.setPosition(RectangleEdge.TOP);
    }
    return chart;
  }

  private JFreeChart bars(ChartSpec.Bars spec) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ChartSpec.BarSeries s : spec.series()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        data.addValue(s.values().get(i), s.name(), spec.categories().get(i));
      }
    }
    CategoryAxis catAxis = new CategoryAxis(null);
    NumberAxis valAxis = new NumberAxis(spec.valueAxisLabel().isEmpty() ? null : spec.valueAxisLabel());
    java.awt.Paint highlight = HouseStyle.awt(style.series(1));
    BarRenderer r = spec.highlighted().isEmpty() ? new BarRenderer() : new BarRenderer() {
      @Override
      public java.awt.Paint getItemPaint(int row, int column) {
        return spec.highlighted().contains(column) ? highlight : super.getItemPaint(row, column);
      }
    };
    CategoryPlot plot = new CategoryPlot(data, catAxis, valAxis, r);
    plot.setOrientation(spec.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    JFreeChart chart = new JFreeChart(null, fonts.awt(12f, true), plot, spec.series().size() > 1);

    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setDrawBarOutline(false);
    r.setItemMargin(spec.series().size() > 1 ? 0.05 : 0.0);
    r.setMaximumBarWidth(spec.horizontal() ? 0.08 : 0.06);
    for (int i = 0; i < spec.series().size(); i++) {
      r.setSeriesPaint(i, HouseStyle.awt(style.series(i)));
    }
    if (spec.valueLabels()) {
      r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", formatOf(spec.valueStyle())));
      r.setDefaultItemLabelsVisible(true);
      r.setDefaultItemLabelFont(fonts.awt(9.5f, false));
      r.setDefaultItemLabelPaint(TEXT);
      if (spec.horizontal()) {
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
      } else {
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
      }
      r.setItemLabelAnchorOffset(2.0);
    }
    plotStyle(plot);
    catAxis.setTickLabelFont(fonts.awt(10.5f, false));
    catAxis.setTickLabelPaint(TEXT);
    catAxis.setAxisLinePaint(Color.GRAY);
    catAxis.setTickMarksVisible(false);
    catAxis.setCategoryMargin(spec.series().size() > 1 ? 0.25 : 0.35);
    catAxis.setLowerMargin(0.02);
    catAxis.setUpperMargin(0.02);
    if (!spec.horizontal() && spec.categories().size() > 16) {
      catAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    } else if (!spec.horizontal() && spec.categories().size() > 8) {
      catAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    catAxis.setMaximumCategoryLabelLines(2);
    valueAxisStyle(valAxis, spec.valueStyle(), range(spec));
    if (spec.valueLabels()) {
      valAxis.setUpperMargin(0.15);
      valAxis.setLowerMargin(0.15);
    }
    return chart;
  }

  private JFreeChart lines(ChartSpec.Lines spec) {
    TimeSeriesCollection left = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
    TimeSeriesCollection right = new TimeSeriesCollection(TimeZone.getTimeZone(ZoneOffset.UTC));
    LocalDate first = null;
    LocalDate last = null;
    for (ChartSpec.LineSeries s : spec.series()) {
      TimeSeries ts = new TimeSeries(s.name());
      for (int i = 0; i < s.dates().size(); i++) {
        Double v = s.values().get(i);
        if (v != null && Double.isFinite(v)) {
          LocalDate d = s.dates().get(i);
          ts.addOrUpdate(new Day(d.getDayOfMonth(), d.getMonthValue(), d.getYear()), v);
          first = first == null || d.isBefore(first) ? d : first;
          last = last == null || d.isAfter(last) ? d : last;
        }
      }
      (s.rightAxis() ? right : left).addSeries(ts);
    }
    int refStart = left.getSeriesCount();
    if (first != null) {
      for (ChartSpec.RefLine ref : spec.refLines()) {
        TimeSeries ts = new TimeSeries(ref.name());
        ts.add(new Day(first.getDayOfMonth(), first.getMonthValue(), first.getYear()), ref.value());
        ts.addOrUpdate(new Day(last.getDayOfMonth(), last.getMonthValue(), last.getYear()), ref.value());
        left.addSeries(ts);
      }
    }
    DateAxis dateAxis = new DateAxis(null);
    dateAxis.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    long days = first == null ? 0 : last.toEpochDay() - first.toEpochDay();
    // a window across a year end carries the year on every label (never "11-01" for November of another year)
    boolean crossesYear = first != null && first.getYear() != last.getYear();
    SimpleDateFormat fmt = new SimpleDateFormat(days > 60 ? "yyyy-MM" : crossesYear ? "yyyy-MM-dd" : "MM-dd");
    fmt.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    dateAxis.setDateFormatOverride(fmt);
    dateAxis.setTickLabelFont(fonts.awt(10.5f, false));
    dateAxis.setTickLabelPaint(TEXT);
    dateAxis.setLowerMargin(0.01);
    dateAxis.setUpperMargin(0.01);
    NumberAxis leftAxis = new NumberAxis(spec.valueAxisLabel().isEmpty() ? null : spec.valueAxisLabel());
    XYLineAndShapeRenderer lr = new XYLineAndShapeRenderer(true, false);
    XYPlot plot = new XYPlot(left, dateAxis, leftAxis, lr);
    int colour = 0;
    for (int i = 0; i < left.getSeriesCount(); i++) {
      if (i < refStart) {
        lr.setSeriesPaint(i, HouseStyle.awt(style.series(colour++)));
        lr.setSeriesStroke(i, new BasicStroke(1.6f));
      } else {
        ChartSpec.RefLine ref = spec.refLines().get(i - refStart);
        // the solid reference line (the mean) takes the next house colour so it stands apart from the data
        lr.setSeriesPaint(i, ref.dashed() ? new Color(0x88, 0x88, 0x88)
            : HouseStyle.awt(style.series(spec.series().size())));
        lr.setSeriesStroke(i, ref.dashed()
            ? new BasicStroke(1.1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f)
            : new BasicStroke(1.2f));
      }
    }
    valueAxisStyle(leftAxis, spec.valueStyle(), Double.NaN);
    leftAxis.setAutoRangeIncludesZero(false);
    if (right.getSeriesCount() > 0) {
      NumberAxis rightAxis = new NumberAxis(spec.rightAxisLabel().isEmpty() ? null : spec.rightAxisLabel());
      valueAxisStyle(rightAxis, spec.valueStyle(), Double.NaN);
      rightAxis.setAutoRangeIncludesZero(false);
      plot.setRangeAxis(1, rightAxis);
      plot.setDataset(1, right);
      plot.mapDatasetToRangeAxis(1, 1);
      XYLineAndShapeRenderer rr = new XYLineAndShapeRenderer(true, false);
      for (int i = 0; i < right.getSeriesCount(); i++) {
        rr.setSeriesPaint(i, HouseStyle.awt(style.series(colour++)));
        rr.setSeriesStroke(i, new BasicStroke(1.6f));
      }
      plot.setRenderer(1, rr);
    }
    plotStyle(plot);
    plot.setDomainGridlinesVisible(false);
    boolean legend = left.getSeriesCount() + right.getSeriesCount() > 1;
    return new JFreeChart(null, fonts.awt(12f, true), plot, legend);
  }

  private void plotStyle(org.jfree.chart.plot.Plot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(6, 4, 4, 10));
    if (plot instanceof CategoryPlot cp) {
      cp.setRangeGridlinePaint(GRID);
      cp.setRangeGridlineStroke(new BasicStroke(0.6f));
      cp.setDomainGridlinesVisible(false);
      cp.setRangeZeroBaselineVisible(true);
      cp.setRangeZeroBaselinePaint(Color.GRAY);
    } else if (plot instanceof XYPlot xp) {
      xp.setRangeGridlinePaint(GRID);
      xp.setRangeGridlineStroke(new BasicStroke(0.6f));
    }
  }

  private void valueAxisStyle(ValueAxis axis, NumberStyle valueStyle, double range) {
    axis.setTickLabelFont(fonts.awt(10f, false));
    axis.setTickLabelPaint(TEXT);
    axis.setLabelFont(fonts.awt(10.5f, false));
    axis.setLabelPaint(TEXT);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
    if (axis instanceof NumberAxis na) {
      NumberStyle tick = valueStyle.unit().isFraction()
          ? new NumberStyle(Double.isFinite(range) && range < 0.1 ? 1 : 0, false, NumberStyle.Unit.PERCENT, false)
          : new NumberStyle(0, true, NumberStyle.Unit.NONE, false);
      if (!valueStyle.unit().isFraction() && valueStyle.unit() == NumberStyle.Unit.MULTIPLE) {
        tick = NumberStyle.multiple(0);
      }
      na.setNumberFormatOverride(formatOf(tick));
    }
  }

  private static double range(ChartSpec.Bars spec) {
    double lo = 0;
    double hi = 0;
    for (ChartSpec.BarSeries s : spec.series()) {
      for (Double v : s.values()) {
        if (v != null && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return hi - lo;
  }

  /** A java.text.NumberFormat that prints with a {@link NumberStyle} (for axis ticks and item labels). */
  public static NumberFormat formatOf(NumberStyle s) {
    return new StyleFormat(s);
  }

  private static final class StyleFormat extends NumberFormat {
    private final NumberStyle style;

    StyleFormat(NumberStyle style) {
      this.style = style;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
      return Double.isFinite(number) ? toAppendTo.append(style.format(number)) : toAppendTo;
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
      return toAppendTo.append(style.format(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
      return null;
    }
  }

  /** Dates in the report's charts are calendar days in UTC. */
  static Date utc(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /** The chart font (for tests). */
  Font font() {
    return fonts.awt(10f, false);
  }

  static List<String> seriesNames(ChartSpec spec) {
    if (spec instanceof ChartSpec.Combo c) {
      return c.seriesNames();
    }
    return spec instanceof ChartSpec.Bars b ? b.series().stream().map(ChartSpec.BarSeries::name).toList()
        : ((ChartSpec.Lines) spec).series().stream().map(ChartSpec.LineSeries::name).toList();
  }
}
