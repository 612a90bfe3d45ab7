package org.fundtrack.web.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The grant lifecycle's pages as a user drives them: the entry form (PrimeFaces menus opened and
 * chosen by clicking, dates and amounts typed), the action buttons of a grant's page, the approvals
 * queue.
 */
public class LifecyclePages extends AppPage {

  public LifecyclePages(WebDriver driver) {
    super(driver);
  }

  /**
   * Opens a PrimeFaces select menu and clicks its item whose label starts with {@code labelStart},
   * then waits until the menu shows that choice (clicking again if an opening animation swallowed
   * the click).
   */
  public void choose(String menuId, String labelStart) {
    By item =
        By.xpath(
            "//*[@id='"
                + menuId
                + "_items']//li[starts-with(normalize-space(.), '"
                + labelStart
                + "')]");
    pick(menuId, item, labelStart);
  }

  /** Chooses the {@code index}-th real item (after the empty choice) of a select menu. */
  public void chooseIndex(String menuId, int index) {
    By item =
        By.xpath(
            "(//*[@id='"
                + menuId
                + "_items']//li[contains(@class, 'ui-selectonemenu-item')])["
                + (index + 2)
                + "]");
    pick(menuId, item, null);
  }

  private void pick(String menuId, By item, String labelStart) {
    for (int attempt = 0; attempt < 3; attempt++) {
      WebElement menu = driver.findElement(By.id(menuId));
      scrollTo(menu);
      if (!driver.findElement(By.id(menuId + "_panel")).isDisplayed()) {
        menu.click();
      }
      WebElement choice = wait(10).until(ExpectedConditions.elementToBeClickable(item));
      String label = labelStart != null ? labelStart : choice.getText().strip();
      choice.click();
      try {
        wait(5)
            .until(
                d ->
                    d.findElement(By.id(menuId + "_label"))
                            .getText()
                            .strip()
                            .startsWith(label.strip())
                        && !d.findElement(By.id(menuId + "_panel")).isDisplayed());
        return;
      } catch (org.openqa.selenium.TimeoutException retry) {
        // The click landed while the panel was still opening: try again.
      }
    }
    throw new AssertionError("could not choose in " + menuId);
  }

  /** Types into a text input (or a date picker's input), replacing what it held. */
  public void type(String inputId, String text) {
    WebElement input = driver.findElement(By.id(inputId));
    scrollTo(input);
    input.clear();
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
  }

  /** Clicks a button that posts the page and waits for the page that answers. */
  public void press(String buttonId) {
    WebElement button = driver.findElement(By.id(buttonId));
    scrollTo(button);
    WebElement html = driver.findElement(By.tagName("html"));
    button.click();
    waitUntilReplaced(driver, html, 30);
    wait(30)
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> d.findElement(By.id("sign-out")) != null);
  }

  /** Clicks the button whose text starts with {@code text} and waits for the answer. */
  public void pressLabelled(String text) {
    WebElement button =
        driver.findElement(By.xpath("//button[starts-with(normalize-space(.), '" + text + "')]"));
    press(button.getAttribute("id"));
  }

  public boolean has(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  public String text(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** The messages shown for one input (PrimeFaces p:message next to it). */
  public String messageFor(String inputId) {
    return driver.findElements(By.cssSelector("[id='" + inputId + "'] ~ .ui-message")).stream()
        .map(WebElement::getText)
        .findFirst()
        .orElse("");
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }
}
