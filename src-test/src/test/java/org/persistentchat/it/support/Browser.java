package org.persistentchat.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Debian's chromedriver (never Selenium Manager, which
 * would try to download both), signed in to the server under test with HTTP BASIC.
 *
 * <p>Chromium will not use credentials written into a URL for the page's own fetch() calls (the
 * Fetch standard refuses URLs with userinfo), and headless has no login prompt, so the
 * Authorization header is set for every request of the tab through the DevTools protocol
 * command {@code Network.setExtraHTTPHeaders}, which chromedriver relays itself: this needs none
 * of Selenium's devtools artifacts. Screenshots go to the run's work directory, and also to the
 * directory named by {@code -Dpchat.it.screenshots} when it is set (to refresh the documentation's
 * images).
 */
public final class Browser implements AutoCloseable {

  /** How long a page may take to show what a test waits for; a wait, not an assertion of speed. */
  public static final Duration WAIT = Duration.ofSeconds(15);

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** A fresh browser (its own profile) that sends these BASIC credentials with every request. */
  public static Browser signedIn(String user, String password) {
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return sending("Basic " + token);
  }

  /** A fresh browser that signs in as this REST client does, with its Authorization header. */
  public static Browser signedIn(AdminClient user) {
    return sending(user.authorization());
  }

  private static Browser sending(String authorization) {
    Path profile;
    try {
      Files.createDirectories(TestServer.workDir());
      profile = Files.createTempDirectory(TestServer.workDir(), "chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .withLogFile(TestServer.workDir().resolve("chromedriver.log").toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setExtraHTTPHeaders",
          Map.of("headers", Map.of("Authorization", authorization)));
    } catch (RuntimeException e) {
      driver.quit();
      throw e;
    }
    return new Browser(driver, profile);
  }

  /** Opens a path of the server under test, e.g. {@code /admin/#/rooms}. */
  public Browser open(String path) {
    driver.get(TestServer.http(path).toString());
    return this;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The element, once it is on the page. */
  public WebElement find(By locator) {
    return until(d -> d.findElements(locator).stream().findFirst().orElse(null));
  }

  /** The element, once it is visible. */
  public WebElement visible(By locator) {
    return until(d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst()
        .orElse(null));
  }

  /** Waits until the element's text satisfies the check; returns that text. */
  public String textOf(By locator, java.util.function.Predicate<String> check) {
    List<String> seen = new java.util.ArrayList<>();
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "no text of " + locator + " passed the check; last seen: " + seen)
        .until(d -> {
          List<String> texts = d.findElements(locator).stream().map(WebElement::getText).toList();
          seen.clear();
          seen.addAll(texts);
          return texts.stream().filter(check).findFirst().orElse(null);
        });
  }

  /** Clears a field and types into it. */
  public void type(By locator, String text) {
    WebElement field = visible(locator);
    field.clear();
    field.sendKeys(text);
  }

  public void click(By locator) {
    visible(locator).click();
  }

  public <T> T until(ExpectedCondition<T> condition) {
    // Pages re-render lists as data arrives: an element read a moment ago may be replaced.
    return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  /** Runs a script in the page and returns its result. */
  public Object script(String source, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(source, arguments);
  }

  /** What the page wrote to the console (errors included), for failure messages. */
  public List<String> consoleLog() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::toString).toList();
  }

  /** Saves a PNG of the window as {@code name} (see the class comment for where). */
  public Path screenshot(String name) {
    try {
      Path shots = Files.createDirectories(TestServer.workDir().resolve("screenshots"));
      Path shot = shots.resolve(name);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), shot,
          StandardCopyOption.REPLACE_EXISTING);
      String published = System.getProperty("pchat.it.screenshots");
      if (published != null && !published.isBlank()) {
        Path target = Files.createDirectories(Path.of(published)).resolve(name);
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return shot;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover profile under target/ is harmless; the next clean removes it.
      System.getLogger(Browser.class.getName()).log(System.Logger.Level.DEBUG,
          "profile " + profile + " not removed", e);
    }
  }
}
