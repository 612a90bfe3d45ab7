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

  private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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
    // Every Content-Security-Policy violation a page causes, recorded before any of its scripts.
    chrome.executeCdpCommand(
        "Page.addScriptToEvaluateOnNewDocument",
        java.util.Map.of(
            "source",
            "window.__cspViolations = [];"
                + "document.addEventListener('securitypolicyviolation', e =>"
                + " window.__cspViolations.push(e.violatedDirective + ' blocked '"
                + " + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
    driver = chrome;
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /** What the current page's Content-Security-Policy blocked since it loaded. */
  @SuppressWarnings("unchecked")
  public List<String> cspViolations() {
    Object seen =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return window.__cspViolations === undefined"
                    + " ? ['the violation recorder did not run'] : window.__cspViolations;");
    return seen instanceof List<?> list
        ? list.stream().map(v -> "Content-Security-Policy: " + v).toList()
        : List.of();
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

  /**
   * Lays the page out {@code width} CSS pixels wide (as a phone or a laptop would), whatever the
   * window's size; {@code 0} goes back to the window's own width.
   */
  public void viewport(int width) {
    ChromeDriver chrome = (ChromeDriver) driver;
    if (width == 0) {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
      return;
    }
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Writes a PNG of the whole page (beyond the viewport) to {@code file}. */
  public void screenshot(Path file) {
    java.util.Map<String, Object> shot =
        ((ChromeDriver) driver)
            .executeCdpCommand(
                "Page.captureScreenshot",
                java.util.Map.of("format", "png", "captureBeyondViewport", true));
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What sticks out at the current width: the page wider than the viewport, or a form control wider
   * than the field, cell or fieldset that holds it. Empty when nothing does.
   */
  @SuppressWarnings("unchecked")
  public List<String> overflow() {
    return (List<String>)
        ((ChromeDriver) driver)
            .executeScript(
                "const out = [];"
                    + "const root = document.documentElement;"
                    + "if (root.scrollWidth > window.innerWidth + 1) {"
                    + "  let widest = null;"
                    + "  document.querySelectorAll('body *').forEach(e => {"
                    + "    const r = e.getBoundingClientRect();"
                    + "    if (r.right > window.innerWidth + 1 && e.offsetParent !== null"
                    + "        && !e.closest('.ui-helper-hidden-accessible')"
                    + "        && (widest === null || !widest.contains(e))) { widest = e; }"
                    + "  });"
                    + "  out.push('page is ' + root.scrollWidth + 'px wide in '"
                    + "      + window.innerWidth + 'px' + (widest ? ': ' + widest.outerHTML.substring(0, 120) : ''));"
                    + "}"
                    + "document.querySelectorAll('input:not([type=hidden]), select, textarea,"
                    + " button, .ui-selectonemenu, .ui-autocomplete, .ui-datepicker').forEach(e => {"
                    + "  if (e.closest('.ui-helper-hidden-accessible') || e.offsetParent === null) return;"
                    + "  const r = e.getBoundingClientRect();"
                    + "  const box = e.parentElement.closest('fieldset, .ft-field, td, .ui-dialog-content');"
                    + "  if (!box || r.width === 0) return;"
                    + "  const b = box.getBoundingClientRect();"
                    + "  if (r.right > b.right + 1 || r.left < b.left - 1) {"
                    + "    out.push((e.id || e.name || e.className) + ' sticks out of its '"
                    + "        + box.tagName.toLowerCase() + ' (' + Math.round(r.left) + '-' + Math.round(r.right)"
                    + "        + ' in ' + Math.round(b.left) + '-' + Math.round(b.right) + ')');"
                    + "  }"
                    + "});"
                    + "return out;");
  }

  /**
   * Form controls whose accessible name (as Chromium computes it for a screen reader) is not the
   * text of their visible label. For a PrimeFaces widget whose labelled input is hidden (dropdown,
   * autocomplete, file upload) the control a user reaches is the widget's focusable element. Empty
   * when every labelled control is named by its label.
   */
  public List<String> labelMismatches() {
    List<String> out = new java.util.ArrayList<>();
    for (org.openqa.selenium.WebElement label :
        driver.findElements(org.openqa.selenium.By.cssSelector("label[for]"))) {
      if (!label.isDisplayed()) {
        continue;
      }
      String text = words(label.getText()).replaceAll("\\s*\\*$", "");
      String target = label.getAttribute("for");
      List<org.openqa.selenium.WebElement> found =
          driver.findElements(org.openqa.selenium.By.id(target));
      if (text.isEmpty()) {
        continue;
      }
      if (found.isEmpty()) {
        out.add("label \"" + text + "\" is for #" + target + ", which is not on the page");
        continue;
      }
      org.openqa.selenium.WebElement control =
          (org.openqa.selenium.WebElement)
              ((ChromeDriver) driver).executeScript(FOCUSABLE_OF_WIDGET, found.get(0));
      String name = words(control.getAccessibleName()).replaceAll("\\s*\\*$", "");
      if (!name.equals(text)) {
        out.add(
            "#"
                + control.getAttribute("id")
                + " is announced as \""
                + name
                + "\", labelled \""
                + text
                + "\"");
      }
    }
    return out;
  }

  private static final String FOCUSABLE_OF_WIDGET =
      "const e = arguments[0];"
          + "const widget = e.closest('.ui-selectonemenu, .ui-autocomplete,"
          + " .ui-fileupload, .ui-selectcheckboxmenu, .ui-datepicker');"
          + "if (!widget || (e.offsetParent !== null"
          + "    && !e.closest('.ui-helper-hidden-accessible'))) return e;"
          + "return widget.querySelector('[role=combobox], input[type=file],"
          + " input:not([type=hidden]):not([aria-hidden=true])') || e;";

  /** aria-labelledby, -describedby, -controls, -owns and -activedescendant naming missing ids. */
  @SuppressWarnings("unchecked")
  public List<String> danglingAriaReferences() {
    return (List<String>)
        ((ChromeDriver) driver)
            .executeScript(
                "const out = [];"
                    + "for (const a of ['aria-labelledby', 'aria-describedby', 'aria-controls',"
                    + "    'aria-owns', 'aria-activedescendant', 'aria-errormessage']) {"
                    + "  document.querySelectorAll('[' + a + ']').forEach(e => {"
                    + "    e.getAttribute(a).split(/\\s+/).filter(id => id).forEach(id => {"
                    + "      if (!document.getElementById(id)) out.push((e.id || e.tagName) + ' '"
                    + "          + a + ' names #' + id + ', which is not on the page');"
                    + "    });"
                    + "  });"
                    + "}"
                    + "return out;");
  }

  private static String words(String text) {
    return text == null
        ? ""
        : text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
  }

  /**
   * WCAG 2.0 and 2.1 A and AA violations on the current page, one line each; empty when it passes.
   */
  public List<String> accessibilityViolations() {
    Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
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
