package org.persistentchat.it.rm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistentchat.it.rm.RoomManagementFixture.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.TestServer;

/**
 * The room-management page /rm in Debian's headless Chromium, signed in as pchat-tester, a
 * Creator in the test's category. The page's answers are checked against /api as the
 * administrator sees it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomManagementPageIT {

  /** How long the page may take to show an answer: a wait, not a claim about speed. */
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String SCREENSHOTS = "pchat.it.screenshots";

  private RoomManagementFixture users;
  private int category;
  private String categoryName;
  private ChromeDriver browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void signIn() throws Exception {
    users = new RoomManagementFixture();
    categoryName = AdminClient.unique("Page RM");
    category = users.category(categoryName);
    browser = chromium(users.creator.authorization());
    browser.get(TestServer.http("/rm/").toString());
    waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void givenACreator_whenHeCreatesARoomOnThePage_thenTheApiHasItAndThePageListsItAsText()
      throws Exception {
    String name = AdminClient.unique("Team <b>room</b>");

    new Select(browser.findElement(By.id("create-category"))).selectByVisibleText(categoryName);
    type("create-name", name);
    type("create-description", "plans & <i>notes</i>");
    new Select(browser.findElement(By.id("create-privacy"))).selectByValue("Secret");
    browser.findElement(By.id("create-submit")).click();
    WebElement listed = waitUntil(d -> d.findElements(By.cssSelector("#rooms .room-name"))
        .stream().filter(e -> e.getText().equals(name)).findFirst().orElse(null));

    assertThat(listed.findElements(By.tagName("b"))).as("the name is text, not markup").isEmpty();
    JsonObject room = users.admin.get("/api/rooms?category=" + category).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("name").equals(name))
        .findFirst().orElseThrow();
    assertThat(room.getString("privacy")).isEqualTo("Secret");
    assertThat(room.getString("description")).isEqualTo("plans & <i>notes</i>");
    assertThat(room.getJsonArray("managers").getString(0)).isEqualTo(users.creatorUri);
    screenshot("rm-creator.png");
  }

  @Test
  void givenACreator_whenHeSubmitsBadValues_thenEachMessageStandsNextToItsFieldAndNoRoomIsMade()
      throws Exception {
    new Select(browser.findElement(By.id("create-category"))).selectByVisibleText(categoryName);
    browser.findElement(By.id("create-submit")).click();
    String nameMessage = waitForText("create-name-error");

    type("create-name", AdminClient.unique("Gadget room"));
    type("create-addin", "no-such-addin");
    browser.findElement(By.id("create-submit")).click();
    String addinMessage = waitForText("create-addin-error");

    assertThat(nameMessage).contains("blank");
    assertThat(addinMessage).contains("no-such-addin");
    assertThat(browser.findElement(By.id("create-name-error")).getText()).isEmpty();
    assertThat(users.admin.get("/api/rooms?category=" + category).array()).isEmpty();
  }

  @Test
  void givenAManager_whenHeAddsAMemberOnThePage_thenTheApiShowsTheMember() throws Exception {
    String name = AdminClient.unique("Managed");
    int id = users.roomOfCreator(category, name).getInt("id");
    browser.navigate().refresh();
    waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));

    WebElement row = waitUntil(d -> d.findElement(By.cssSelector(
        "#rooms li[data-room-id='" + id + "']")));
    row.findElement(By.className("manage")).click();
    waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("edit-section")));
    type("role-principal", AdminClient.address(users.otherUri));
    browser.findElement(By.id("role-add")).click();
    waitUntil(d -> d.findElements(By.cssSelector("#edit-members li")).stream()
        .anyMatch(e -> e.getText().startsWith(users.otherUri)));

    List<String> members = expect(200, users.admin.get("/api/rooms/" + id)).json()
        .getJsonArray("members").getValuesAs(jakarta.json.JsonString::getString);
    assertThat(members).containsExactly(users.otherUri);
  }

  private void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  private String waitForText(String id) {
    return waitUntil(d -> {
      String text = d.findElement(By.id(id)).getText();
      return text.isEmpty() ? null : text;
    });
  }

  private <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> done) {
    return new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class)
        .until(done::apply);
  }

  /**
   * Under target always; into the documentation's directory too when -Dpchat.it.screenshots
   * names it, so the committed image is refreshed only on purpose.
   */
  private void screenshot(String file) throws Exception {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Path underTarget = Files.createDirectories(TestServer.workDir().resolve("screenshots"));
    Files.copy(shot, underTarget.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    String documentation = System.getProperty(SCREENSHOTS);
    if (documentation != null && !documentation.isBlank()) {
      Path directory = Files.createDirectories(Path.of(documentation));
      Files.copy(shot, directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Debian's chromium and chromedriver, named explicitly so Selenium Manager never runs. Headless
   * Chromium shows no login prompt and fetch() refuses credentials in URLs, so the BASIC header
   * is added to every request of the tab through chromedriver's DevTools relay.
   */
  private static ChromeDriver chromium(String authorization) throws Exception {
    Path work = Files.createDirectories(TestServer.workDir());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .usingAnyFreePort()
        .withLogFile(work.resolve("chromedriver-rm.log").toFile())
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + Files.createTempDirectory(work, "chromium-rm"),
        "--window-size=1100,1000");
    ChromeDriver driver = new ChromeDriver(service, options);
    try {
      driver.executeCdpCommand("Network.enable", Map.of());
      driver.executeCdpCommand("Network.setExtraHTTPHeaders",
          Map.of("headers", Map.of("Authorization", authorization)));
    } catch (RuntimeException e) {
      driver.quit();
      throw e;
    }
    return driver;
  }
}
