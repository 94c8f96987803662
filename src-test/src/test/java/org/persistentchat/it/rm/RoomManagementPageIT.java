package org.persistentchat.it.rm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistentchat.it.rm.RoomManagementFixture.expect;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.Browser;
import org.persistentchat.it.support.TestServer;

/**
 * The room-management page /rm in Debian's headless Chromium, signed in as pchat-tester, a
 * Creator in the test's category. The page's answers are checked against /api as the
 * administrator sees it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoomManagementPageIT {

  private RoomManagementFixture users;
  private int category;
  private String categoryName;
  private Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void signIn() throws Exception {
    users = new RoomManagementFixture();
    categoryName = AdminClient.unique("Page RM");
    category = users.category(categoryName);
    browser = Browser.signedIn(users.creator).open("/rm/");
    untilReady();
  }

  @AfterEach
  void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void givenACreator_whenHeCreatesARoomOnThePage_thenTheApiHasItAndThePageListsItAsText()
      throws Exception {
    String name = AdminClient.unique("Team <b>room</b>");

    new Select(browser.find(By.id("create-category"))).selectByVisibleText(categoryName);
    browser.type(By.id("create-name"), name);
    browser.type(By.id("create-description"), "plans & <i>notes</i>");
    new Select(browser.find(By.id("create-privacy"))).selectByValue("Secret");
    browser.click(By.id("create-submit"));
    WebElement listed = browser.until(d -> d.findElements(By.cssSelector("#rooms .room-name"))
        .stream().filter(e -> e.getText().equals(name)).findFirst().orElse(null));

    assertThat(listed.findElements(By.tagName("b"))).as("the name is text, not markup").isEmpty();
    JsonObject room = users.admin.get("/api/rooms?category=" + category).array().stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("name").equals(name))
        .findFirst().orElseThrow();
    assertThat(room.getString("privacy")).isEqualTo("Secret");
    assertThat(room.getString("description")).isEqualTo("plans & <i>notes</i>");
    assertThat(room.getJsonArray("managers").getString(0)).isEqualTo(users.creatorUri);
    browser.screenshot("rm-creator.png");
  }

  @Test
  void givenACreator_whenHeSubmitsBadValues_thenEachMessageStandsNextToItsFieldAndNoRoomIsMade()
      throws Exception {
    new Select(browser.find(By.id("create-category"))).selectByVisibleText(categoryName);
    browser.click(By.id("create-submit"));
    String nameMessage = browser.textOf(By.id("create-name-error"), text -> !text.isEmpty());

    browser.type(By.id("create-name"), AdminClient.unique("Gadget room"));
    browser.type(By.id("create-addin"), "no-such-addin");
    browser.click(By.id("create-submit"));
    String addinMessage = browser.textOf(By.id("create-addin-error"), text -> !text.isEmpty());

    assertThat(nameMessage).contains("blank");
    assertThat(addinMessage).contains("no-such-addin");
    assertThat(browser.find(By.id("create-name-error")).getText()).isEmpty();
    assertThat(users.admin.get("/api/rooms?category=" + category).array()).isEmpty();
  }

  @Test
  void givenAManager_whenHeAddsAMemberOnThePage_thenTheApiShowsTheMember() throws Exception {
    String name = AdminClient.unique("Managed");
    int id = users.roomOfCreator(category, name).getInt("id");
    browser.driver().navigate().refresh();
    untilReady();

    WebElement row = browser.find(By.cssSelector("#rooms li[data-room-id='" + id + "']"));
    row.findElement(By.className("manage")).click();
    browser.visible(By.id("edit-section"));
    browser.type(By.id("role-principal"), AdminClient.address(users.otherUri));
    browser.click(By.id("role-add"));
    browser.textOf(By.cssSelector("#edit-members li"), text -> text.startsWith(users.otherUri));

    List<String> members = expect(200, users.admin.get("/api/rooms/" + id)).json()
        .getJsonArray("members").getValuesAs(jakarta.json.JsonString::getString);
    assertThat(members).containsExactly(users.otherUri);
  }

  /** The page marks its body once its first data has arrived. */
  private void untilReady() {
    browser.until(d -> "true".equals(
        d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }
}
