package org.fundtrack.web.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The grant lifecycle's pages as a user drives them: the entry form (PrimeFaces menus opened and
 * chosen by clicking, dates and amounts typed), the action buttons of a grant's page, the
 * approvals queue.
 */
public class LifecyclePages extends AppPage {

  public LifecyclePages(WebDriver driver) {
    super(driver);
  }

  /** Opens the one item of a PrimeFaces select menu whose label starts with {@code label}. */
  public void choose(String menuId, String labelStart) {
    WebElement menu = driver.findElement(By.id(menuId));
    scrollTo(menu);
    menu.click();
    By item =
        By.xpath(
            "//*[@id='" + menuId + "_items']//li[starts-with(normalize-space(.), '" + labelStart
                + "')]");
    wait(10).until(ExpectedConditions.elementToBeClickable(item)).click();
    wait(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
  }

  /** Chooses the {@code index}-th real item (after the empty choice) of a select menu. */
  public void chooseIndex(String menuId, int index) {
    WebElement menu = driver.findElement(By.id(menuId));
    scrollTo(menu);
    menu.click();
    List<WebElement> items =
        wait(10)
            .until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(
                    By.cssSelector("[id='" + menuId + "_items'] li.ui-selectonemenu-item")));
    items.get(index + 1).click();
    wait(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
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
    wait(30).until(ExpectedConditions.stalenessOf(html));
    wait(30).until(d -> d.findElement(By.id("sign-out")) != null);
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
