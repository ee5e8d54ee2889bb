package org.rohrpost.endtoend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiPredicate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver (installed by {@code .ci/run}), with
 * a profile of its own; screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;

  Browser() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1366,900",
        "--user-data-dir=" + Files.createTempDirectory(Path.of("target"), "chromium-"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                Path.of(System.getProperty("chromedriver", "/usr/bin/chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  WebDriver driver() {
    return driver;
  }

  void open(String url) {
    driver.get(url);
  }

  String url() {
    return driver.getCurrentUrl();
  }

  WebElement find(String cssSelector) {
    return new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  /**
   * Types the text into the field, replacing what it held. Chromedriver types only characters of
   * the Basic Multilingual Plane: text with others (emoji) is put in as a paste would, with the
   * input event that typing fires.
   */
  void type(String cssSelector, String text) {
    WebElement field = find(cssSelector);
    field.clear();
    if (text.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
      ((JavascriptExecutor) driver)
          .executeScript(
              "arguments[0].value = arguments[1];"
                  + " arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
              field,
              text);
    } else {
      field.sendKeys(text);
    }
  }

  /**
   * Clicks what submits a form or follows a link, and waits until the next page has replaced this
   * one and is loaded: what a test reads next is of the new page. An element that the page lost
   * between finding and clicking (the document was still being replaced) is found again.
   */
  void click(String cssSelector) {
    WebElement page = driver.findElement(By.tagName("html"));
    for (int attempt = 1; ; attempt++) {
      try {
        find(cssSelector).click();
        break;
      } catch (WebDriverException lost) {
        if (attempt == 3 || !isDetached(lost)) {
          throw lost;
        }
      }
    }
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    wait.until(d -> isGone(page));
    wait.until(
        d ->
            "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  /** Whether the element's document has been replaced (Chromium says so in two ways). */
  private static boolean isGone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      if (isDetached(e)) {
        return true;
      }
      throw e;
    }
  }

  private static boolean isDetached(WebDriverException e) {
    return e instanceof StaleElementReferenceException
        || String.valueOf(e.getMessage()).contains("does not belong to the document");
  }

  /** Signs in on the login page; the browser is then where the login took it. */
  void signIn(String server, String user, String password) {
    open(server + "login.xhtml");
    fillInLogin(user, password);
  }

  /** Fills in and sends the login page the browser shows. */
  void fillInLogin(String user, String password) {
    type("#login\\:username", user);
    type("#login\\:password", password);
    click("#login\\:signIn");
  }

  String text(String cssSelector) {
    return find(cssSelector).getText();
  }

  /** Waits until the element's text is {@code expected} (what a script of the page changes). */
  void awaitText(String cssSelector, String expected) {
    awaitText(cssSelector, expected, String::equals);
  }

  /** Waits until the element's text and {@code expected} match as {@code how} says. */
  void awaitText(String cssSelector, String expected, BiPredicate<String, String> how) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .withMessage(
            () -> cssSelector + " shows \"" + textOf(cssSelector) + "\", not \"" + expected + "\"")
        .until(d -> how.test(textOf(cssSelector), expected));
  }

  private String textOf(String cssSelector) {
    return driver.findElement(By.cssSelector(cssSelector)).getText();
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
