package org.fundtrack.web.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page. */
public class LoginPage extends AppPage {

  public LoginPage(WebDriver driver) {
    super(driver);
  }

  public static LoginPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "login.xhtml");
    return new LoginPage(driver);
  }

  /** Signs in and returns the page it lands on (whatever page that is). */
  public AppPage signIn(String username, String password) {
    submit(username, password);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    return new AppPage(driver);
  }

  /** Signs in with credentials expected to fail; stays on this page. */
  public LoginPage signInExpectingFailure(String username, String password) {
    submit(username, password);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("login-failed")));
    return this;
  }

  public String failureMessage() {
    return driver.findElement(By.id("login-failed")).getText();
  }

  public boolean showsSignedOut() {
    return !driver.findElements(By.id("signed-out")).isEmpty();
  }

  private void submit(String username, String password) {
    driver.findElement(By.id("j_username")).clear();
    driver.findElement(By.id("j_username")).sendKeys(username);
    driver.findElement(By.id("j_password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
  }
}
