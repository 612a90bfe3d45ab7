package org.fundtrack.web.it.browser;

import java.time.Duration;
import java.util.List;
import org.fundtrack.web.i18n.NumberInputConverter;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The number fields of a page as a user meets them: found by the number converters' style class,
 * read back as the page shows them, filled all at once with what a user might type.
 */
public class NumberForms extends LifecyclePages {

  public NumberForms(WebDriver driver) {
    super(driver);
  }

  /** The ids of the page's number fields, in page order. */
  public List<String> numberFields() {
    return driver.findElements(By.cssSelector("input." + NumberInputConverter.MARKER)).stream()
        .map(e -> e.getAttribute("id"))
        .toList();
  }

  /** What a field shows (its value attribute, as the user sees it). */
  public String value(String inputId) {
    return driver.findElement(By.id(inputId)).getAttribute("value");
  }

  /** Types {@code text} into every number field of the page that can be typed into. */
  public void typeIntoEveryNumberField(String text) {
    for (String id : numberFields()) {
      if (driver.findElement(By.id(id)).isEnabled()) {
        type(id, text);
      }
    }
  }

  /** Clicks an AJAX button and waits until the element {@code appearingId} is on the page. */
  public void pressAndWaitFor(String buttonId, String appearingId) {
    WebElement button = driver.findElement(By.id(buttonId));
    scrollTo(button);
    button.click();
    new WebDriverWait(driver, Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id(appearingId)));
  }

  /**
   * Chooses in a select menu that a neighbouring field covers in the middle (the French fund list
   * is wider than its column until the entry form's layout is fixed): opens it with a click near
   * its left edge, where its label is, then clicks the item in the open panel.
   */
  public void chooseCovered(String menuId, String labelStart) {
    By item =
        By.xpath(
            "//*[@id='"
                + menuId
                + "_items']//li[starts-with(normalize-space(.), '"
                + labelStart
                + "')]");
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement menu = driver.findElement(By.id(menuId));
      scrollTo(menu);
      if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
        new Actions(driver)
            .moveToElement(menu, -menu.getSize().getWidth() / 2 + 15, 0)
            .click()
            .perform();
      }
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(ExpectedConditions.elementToBeClickable(item))
          .click();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                d ->
                    d.findElement(By.id(menuId + "_label"))
                            .getText()
                            .strip()
                            .startsWith(labelStart.strip())
                        && !d.findElement(By.id(menuId + "_panel")).isDisplayed());
        return;
      } catch (TimeoutException retry) {
        // the click landed while the panel was still opening: try again
      }
    }
    throw new AssertionError("could not choose in " + menuId);
  }

  /** Opens every collapsed {@code <details>} (the breakdowns of the report form). */
  public void openDetails() {
    for (WebElement summary :
        driver.findElements(By.cssSelector("details:not([open]) > summary"))) {
      scrollTo(summary);
      summary.click();
    }
  }

  /**
   * The message shown beside a field (PrimeFaces' p:message or a plain h:message after it), its
   * no-break spaces read as spaces; empty when there is none.
   */
  public String messageBeside(String inputId) {
    return driver
        .findElements(
            By.xpath(
                "//*[@id='"
                    + inputId
                    + "']/following-sibling::*[contains(@class, 'ui-message')"
                    + " or contains(@class, 'ft-error')][1]"))
        .stream()
        .map(e -> e.getAttribute("textContent").strip())
        .findFirst()
        .orElse("")
        .replace('\u00a0', ' ')
        .replace('\u202f', ' ');
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }
}
