package org.fundtrack.web.it.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium with a fresh profile. Uses the machine's chromium and chromedriver (no
 * driver or browser downloads happen here).
 */
public final class Browser implements AutoCloseable {

  private static final List<String> WCAG_20_A_AA = List.of("wcag2a", "wcag2aa");

  private final WebDriver driver;
  private final Path profile;

  public Browser(String acceptLanguage) {
    try {
      profile = Files.createTempDirectory("fundtrack-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("fundtrack.chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1024",
        "--lang=" + acceptLanguage,
        "--user-data-dir=" + profile);
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "intl.accept_languages",
            acceptLanguage,
            "download.default_directory",
            profile.resolve("downloads").toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("fundtrack.chromedriver", "/usr/bin/chromedriver"))
                    .toFile())
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    try {
      Files.createDirectories(profile.resolve("downloads"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Headless Chromium refuses downloads unless told where to put them.
    chrome.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of(
            "behavior", "allow", "downloadPath", profile.resolve("downloads").toString()));
    driver = chrome;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  public WebDriver driver() {
    return driver;
  }

  /**
   * Waits for a finished download whose name ends with {@code suffix} (Chromium writes a {@code
   * .crdownload} until it is complete) and returns it.
   */
  public Path awaitDownload(String suffix) {
    Path folder = profile.resolve("downloads");
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    long lastSize = -1;
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(folder)) {
        List<Path> all = files.toList();
        boolean writing = all.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
        java.util.Optional<Path> done =
            all.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        if (done.isPresent() && !writing) {
          long size = Files.size(done.get());
          // Finished when it has bytes and stopped growing between two looks.
          if (size > 0 && size == lastSize) {
            return done.get();
          }
          lastSize = size;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no download ending in " + suffix + " in " + folder);
  }

  /** WCAG 2.0 A and AA violations on the current page, one line each; empty when it passes. */
  public List<String> accessibilityViolations() {
    Results results = new AxeBuilder().withTags(WCAG_20_A_AA).analyze(driver);
    return results.getViolations().stream().map(Browser::describe).collect(Collectors.toList());
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getHelp()
        + " at "
        + rule.getNodes().stream()
            .map(node -> node.getTarget() + " " + abbreviate(node.getHtml()))
            .collect(Collectors.joining(", "));
  }

  private static String abbreviate(String html) {
    return html == null || html.length() <= 160 ? html : html.substring(0, 160) + "…";
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary profile left behind is harmless
    }
  }
}
