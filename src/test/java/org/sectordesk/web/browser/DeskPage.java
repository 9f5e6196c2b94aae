package org.sectordesk.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the web desk in the browser: opened and waited for until {@code desk.js} says it is drawn, with
 * every console error, uncaught exception, failed request and HTTP error recorded; then a full-page screenshot.
 */
final class DeskPage {
  private final Page page;
  private final String base;
  private final List<String> problems = new ArrayList<>();

  DeskPage(Page page, String base) {
    this.page = page;
    this.base = base;
    page.onConsoleMessage(m -> {
      if (m.type().equals("error") || m.type().equals("warning")) {
        problems.add("console " + m.type() + ": " + m.text() + " (" + m.location() + ")");
      }
    });
    page.onPageError(e -> problems.add("uncaught: " + e));
    page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " " + r.failure()));
    page.onResponse(r -> {
      if (r.status() >= 400) {
        problems.add("HTTP " + r.status() + ": " + r.url());
      }
    });
  }

  /** Opens a page, waits until it is drawn (charts included), writes its screenshot, and checks it had no error. */
  void open(String path, String shot) {
    problems.clear();
    page.navigate(base + path);
    page.waitForSelector("main[data-ready]", new Page.WaitForSelectorOptions().setTimeout(60_000));
    // ECharts paints on the next animation frame
    page.waitForFunction("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
    page.screenshot(new Page.ScreenshotOptions().setPath(BrowserDeskTest.SHOTS.resolve(shot + ".png")).setFullPage(true));
    assertThat(page.getAttribute("main", "data-ready")).as(path + ": " + text()).isEqualTo("ok");
    assertThat(page.querySelectorAll(".error")).as(path + " shows an error").isEmpty();
    assertThat(problems).as(path).isEmpty();
  }

  String text() {
    return page.innerText("main");
  }

  String heading() {
    return page.innerText("main h1");
  }

  String attribute(String selector, String name) {
    return page.getAttribute(selector, name);
  }

  List<String> linkTexts(String selector) {
    @SuppressWarnings("unchecked")
    List<String> l = (List<String>) page.evaluate("s => Array.from(document.querySelectorAll(s)).map(a => a.textContent)", selector);
    return l;
  }

  /** Every table of the page as rows of cell texts, the head row first. */
  @SuppressWarnings("unchecked")
  List<List<List<String>>> tables() {
    return (List<List<List<String>>>) page.evaluate("() => Array.from(document.querySelectorAll('main table')).map(t =>"
        + " Array.from(t.rows).map(r => Array.from(r.cells).map(c => c.textContent)))");
  }

  /** At least {@code n} ECharts charts, each a sized canvas with a good share of painted pixels. */
  void assertChartsDrawn(int n) {
    @SuppressWarnings("unchecked")
    List<Object> painted = (List<Object>) page.evaluate("() => Array.from(document.querySelectorAll('main .chart canvas')).map(c => {"
        + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
        + " for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) n++;"
        + " return c.width > 100 && c.height > 100 ? n : -1; })");
    assertThat(painted).as("charts").hasSizeGreaterThanOrEqualTo(n);
    for (Object p : painted) {
      assertThat(((Number) p).intValue()).as("painted pixels of a chart").isGreaterThan(2_000);
    }
  }

  /** Chinese text on the page, drawn in the desk's own font (served by the desk, so no boxes without system fonts). */
  void assertChineseInTheDesksFont() {
    assertThat(text()).containsPattern("\\p{IsHan}{2,}");
    assertThat(attribute("html", "lang")).isEqualTo("zh-CN");
    Object loaded = page.evaluate("() => Array.from(document.fonts).some(f => f.family.replace(/\"/g, '') === 'Noto Sans SC'"
        + " && f.status === 'loaded') && document.fonts.check('16px \"Noto Sans SC\"', '中文')");
    assertThat(loaded).as("the desk's Noto Sans SC is loaded").isEqualTo(true);
    Object family = page.evaluate("() => getComputedStyle(document.querySelector('main')).fontFamily");
    assertThat(String.valueOf(family)).contains("Noto Sans SC");
  }
}
