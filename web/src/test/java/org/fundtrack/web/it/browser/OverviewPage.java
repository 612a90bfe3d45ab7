package org.fundtrack.web.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The fund overview. */
public class OverviewPage extends AppPage {

  public OverviewPage(WebDriver driver) {
    super(driver);
  }

  public static OverviewPage open(WebDriver driver, String baseUrl, int year) {
    driver.get(baseUrl + "index.xhtml?year=" + year);
    return new OverviewPage(driver);
  }

  public String totalAppropriation() {
    return normalizeSpaces(driver.findElement(By.id("total-appropriation")).getText());
  }

  public String publishedAllocation() {
    return normalizeSpaces(driver.findElement(By.id("published-allocation")).getText());
  }

  /** fr-CA money uses narrow or normal no-break spaces; compare with plain spaces. */
  static String normalizeSpaces(String text) {
    return text.replace('\u202f', ' ').replace('\u00a0', ' ');
  }
}
