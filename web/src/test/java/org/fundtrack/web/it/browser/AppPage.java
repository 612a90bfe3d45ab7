package org.fundtrack.web.it.browser;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every signed-in page has: the header with user, role, language switch, sign-out, menu. */
public class AppPage {

  protected final WebDriver driver;

  public AppPage(WebDriver driver) {
    this.driver = driver;
  }

  public String title() {
    return driver.getTitle();
  }

  public String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  public String htmlLang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  public String signedInRole() {
    return driver.findElement(By.id("signed-in-role")).getText();
  }

  /** The visible labels of the main menu, in order, without the counts of waiting work. */
  public List<String> menu() {
    return driver.findElements(By.cssSelector("#main-menu a")).stream()
        .map(
            link -> {
              String count =
                  link.findElements(By.cssSelector(".ft-count")).stream()
                      .map(WebElement::getText)
                      .findFirst()
                      .orElse("");
              return link.getText().replace(count, "").strip();
            })
        .collect(Collectors.toList());
  }

  /** The count of waiting work the menu shows beside the approvals link; 0 when it shows none. */
  public long approvalsWaiting() {
    return driver.findElements(By.id("nav-approvals-count")).stream()
        .map(e -> Long.parseLong(e.getText().replaceAll("\\D", "")))
        .findFirst()
        .orElse(0L);
  }

  /** Clicks the language switch and waits for the reloaded page in the other language. */
  public void switchLanguage() {
    WebElement html = driver.findElement(By.tagName("html"));
    String before = html.getAttribute("lang");
    driver.findElement(By.cssSelector("[id$='switchLanguage']")).click();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    waitUntilReplaced(driver, html, 15);
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(WebDriverException.class)
        .until(d -> !before.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
  }

  public LoginPage signOut() {
    driver.findElement(By.id("sign-out")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("login-form")));
    return new LoginPage(driver);
  }

  /**
   * Waits until {@code oldHtml} is no longer the page's document. Chromium may answer a check on
   * the old node during the navigation with "Node with given id does not belong to the document"
   * instead of a stale-element error; both mean the page was replaced.
   */
  static void waitUntilReplaced(WebDriver driver, WebElement oldHtml, int seconds) {
    new WebDriverWait(driver, Duration.ofSeconds(seconds))
        .until(
            d -> {
              try {
                oldHtml.isEnabled();
                return false;
              } catch (WebDriverException replaced) {
                return true;
              }
            });
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }
}
