package org.sectordesk.web.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The headless chromium the browser tests drive: the machine's own (found or installed by
 * {@code scripts/ensure-chromium.sh}, which the build runs before the tests and which writes its path into
 * {@code target/chromium-path}). Playwright never downloads a browser here. One per test class: open it in
 * {@code @BeforeAll}, close it in {@code @AfterAll}.
 */
public final class Chromium implements AutoCloseable {
  static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync");

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  public static Chromium launch() {
    Path exe = executable();
    Playwright pw = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      return new Chromium(pw, pw.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(exe)
          .setHeadless(true).setArgs(ARGS)));
    } catch (RuntimeException e) {
      pw.close();
      throw e;
    }
  }

  /** The chromium binary the build found; a clear failure (never a skip) when the build's step did not run. */
  static Path executable() {
    String file = System.getProperty("desk.chromium.file", "target/chromium-path");
    Path f = Path.of(file);
    try {
      Path exe = Path.of(Files.readString(f, StandardCharsets.UTF_8).strip());
      if (!Files.isExecutable(exe)) {
        throw new IllegalStateException(f + " names " + exe + ", which is not an executable chromium: run  mvn test"
            + "  again (scripts/ensure-chromium.sh finds or installs it)");
      }
      return exe;
    } catch (IOException e) {
      throw new IllegalStateException("the browser tests need chromium, and " + f + " (written by scripts/ensure-chromium.sh,"
          + " which  mvn test  runs before the tests) is missing: run  bash scripts/ensure-chromium.sh " + f, e);
    }
  }

  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
