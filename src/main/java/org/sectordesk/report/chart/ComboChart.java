package org.sectordesk.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.sectordesk.report.ChartSpec;
import org.sectordesk.report.HouseStyle;
import org.sectordesk.report.NumberStyle;
import org.sectordesk.report.ReportFonts;

/**
 * Draws a {@link ChartSpec.Combo}: bars (grouped or stacked) with lines over the same periods, the lines on a
 * second axis when asked (a value and its growth); estimate periods drawn in a lighter shade of the series colour.
 */
final class ComboChart {
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  private static final Color TEXT = new Color(0x33, 0x33, 0x33);

  private final ReportFonts fonts;
  private final HouseStyle style;

  ComboChart(ReportFonts fonts, HouseStyle style) {
    this.fonts = fonts;
    this.style = style;
  }

  JFreeChart chart(ChartSpec.Combo spec) {
    DefaultCategoryDataset bars = new DefaultCategoryDataset();
    for (ChartSpec.BarSeries s : spec.bars()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        bars.addValue(s.values().get(i), s.name(), spec.categories().get(i));
      }
    }
    DefaultCategoryDataset lines = new DefaultCategoryDataset();
    for (ChartSpec.BarSeries s : spec.lines()) {
      for (int i = 0; i < spec.categories().size(); i++) {
        lines.addValue(s.values().get(i), s.name(), spec.categories().get(i));
      }
    }
    CategoryAxis catAxis = new CategoryAxis(null);
    boolean barsShown = !spec.bars().isEmpty();
    NumberAxis left = new NumberAxis(spec.leftAxisLabel().isEmpty() ? null : spec.leftAxisLabel());
    BarRenderer br = spec.stacked() ? new StackedBarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return shade(super.getItemPaint(row, column), spec.estimates().contains(column));
      }
    } : new BarRenderer() {
      @Override
      public Paint getItemPaint(int row, int column) {
        return shade(super.getItemPaint(row, column), spec.estimates().contains(column));
      }
    };
    CategoryPlot plot = new CategoryPlot(barsShown ? bars : lines, catAxis, left, barsShown ? br : lineRenderer(spec, 0));
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    br.setBarPainter(new StandardBarPainter());
    br.setShadowVisible(false);
    br.setDrawBarOutline(false);
    br.setItemMargin(spec.bars().size() > 1 && !spec.stacked() ? 0.05 : 0.0);
    br.setMaximumBarWidth(0.08);
    for (int i = 0; i < spec.bars().size(); i++) {
      br.setSeriesPaint(i, HouseStyle.awt(style.series(i)));
    }
    if (spec.valueLabels() && barsShown) {
      br.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", ChartRenderer.formatOf(spec.barStyle())));
      br.setDefaultItemLabelsVisible(true);
      br.setDefaultItemLabelFont(fonts.awt(9f, false));
      br.setDefaultItemLabelPaint(TEXT);
      br.setDefaultPositiveItemLabelPosition(spec.stacked()
          ? new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER)
          : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
    }
    axisStyle(left, barsShown ? spec.barStyle() : spec.lineStyle(), range(barsShown ? spec.bars() : spec.lines()));
    if (barsShown && !spec.lines().isEmpty()) {
      plot.setDataset(1, lines);
      LineAndShapeRenderer lr = lineRenderer(spec, spec.bars().size());
      plot.setRenderer(1, lr);
      if (spec.linesOnRightAxis()) {
        NumberAxis right = new NumberAxis(spec.rightAxisLabel().isEmpty() ? null : spec.rightAxisLabel());
        axisStyle(right, spec.lineStyle(), range(spec.lines()));
        right.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(1, right);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.mapDatasetToRangeAxis(1, 1);
      }
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    }
    if (!barsShown) {
      left.setAutoRangeIncludesZero(false);
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(6, 4, 4, 10));
    plot.setRangeGridlinePaint(GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.6f));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeZeroBaselineVisible(true);
    plot.setRangeZeroBaselinePaint(Color.GRAY);
    catAxis.setTickLabelFont(fonts.awt(10f, false));
    catAxis.setTickLabelPaint(TEXT);
    catAxis.setAxisLinePaint(Color.GRAY);
    catAxis.setTickMarksVisible(false);
    catAxis.setCategoryMargin(0.3);
    catAxis.setLowerMargin(0.02);
    catAxis.setUpperMargin(0.02);
    int chars = spec.categories().stream().mapToInt(String::length).sum();
    if (spec.categories().size() > 12 || chars > 44) {
      catAxis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    boolean legend = spec.bars().size() + spec.lines().size() > 1;
    return new JFreeChart(null, fonts.awt(12f, true), plot, legend);
  }

  private LineAndShapeRenderer lineRenderer(ChartSpec.Combo spec, int colourFrom) {
    LineAndShapeRenderer lr = new LineAndShapeRenderer(true, true);
    for (int i = 0; i < spec.lines().size(); i++) {
      Color c = HouseStyle.awt(style.series(colourFrom + i));
      lr.setSeriesPaint(i, c);
      lr.setSeriesStroke(i, new BasicStroke(1.8f));
      lr.setSeriesShape(i, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    }
    return lr;
  }

  /** An estimate bar: the series colour blended halfway to white. */
  private static Paint shade(Paint p, boolean estimate) {
    if (!estimate || !(p instanceof Color c)) {
      return p;
    }
    return new Color((c.getRed() + 255 * 1) / 2, (c.getGreen() + 255) / 2, (c.getBlue() + 255) / 2);
  }

  private static double range(java.util.List<ChartSpec.BarSeries> series) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (ChartSpec.BarSeries s : series) {
      for (Double v : s.values()) {
        if (v != null && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    return hi >= lo ? hi - lo : Double.NaN;
  }

  /** Ticks of an axis: percent with one decimal when the values span less than 10 points, else whole numbers. */
  private void axisStyle(NumberAxis axis, NumberStyle valueStyle, double range) {
    axis.setTickLabelFont(fonts.awt(10f, false));
    axis.setTickLabelPaint(TEXT);
    axis.setLabelFont(fonts.awt(10f, false));
    axis.setLabelPaint(TEXT);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
    NumberStyle tick = valueStyle.unit().isFraction()
        ? new NumberStyle(Double.isFinite(range) && range < 0.1 ? 1 : 0, false, NumberStyle.Unit.PERCENT, false)
        : new NumberStyle(0, true, NumberStyle.Unit.NONE, false);
    axis.setNumberFormatOverride(ChartRenderer.formatOf(tick));
  }
}
