package org.fundtrack.web.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The grants list. */
public class GrantsPage extends AppPage {

  public GrantsPage(WebDriver driver) {
    super(driver);
  }

  public static GrantsPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "grants.xhtml");
    return new GrantsPage(driver);
  }

  public int rowCount() {
    return driver.findElements(By.cssSelector("[id$='grants_data'] tr[data-ri]")).size();
  }

  public String firstReference() {
    return driver.findElement(By.cssSelector("[id$='grants_data'] tr[data-ri] a")).getText();
  }

  public GrantPage openFirst() {
    driver.findElement(By.cssSelector("[id$='grants_data'] tr[data-ri] a")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("terms-heading")));
    return new GrantPage(driver);
  }
}
