package org.fundtrack.web.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One grant's page. */
public class GrantPage extends AppPage {

  public GrantPage(WebDriver driver) {
    super(driver);
  }

  public String total() {
    return OverviewPage.normalizeSpaces(driver.findElement(By.id("total")).getText());
  }
}
