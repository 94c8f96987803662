package org.persistentchat.it.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.persistentchat.it.admin.ConsolePage.*;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Reply;
import org.persistentchat.it.support.Browser;
import org.persistentchat.it.support.TestServer;
import org.persistentchat.it.support.XccosClient;

/**
 * The administration console at /admin in a real headless Chromium against the deployed EAR: a
 * person's path through the pages, checked against what the REST API then holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminConsoleIT {

  private static final String LYNC_REPLACEMENT =
      "This message was replaced by the Persistent Chat administrator.";

  private final AdminClient admin = AdminClient.admin();
  private final String tag = UUID.randomUUID().toString().substring(0, 8);
  private Browser browser;
  private XccosClient alice;
  private XccosClient bob;

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return TestServer.ear();
  }

  @BeforeEach
  void anAdministratorsBrowser() {
    browser = Browser.signedIn(AdminClient.ADMIN, AdminClient.adminPassword());
  }

  @AfterEach
  void closeEverything() {
    if (browser != null) {
      browser.close();
    }
    if (alice != null) {
      alice.close();
    }
    if (bob != null) {
      bob.close();
    }
  }

  @Test
  void givenAChatUserWhoPostedJustNow_whenTheDashboardOpens_thenItShowsLiveFiguresAndMessagesPerDay()
      throws Exception {
    int room = openRoomWithAlice("Dashboard");
    String roomUri = admin.get("/api/rooms/" + room).json().getString("uri");
    alice.post(roomUri, "good morning");
    alice.post(roomUri, "anyone there?");

    browser.open(CONSOLE);

    assertThat(Integer.parseInt(browser.textOf(SESSIONS, AdminConsoleIT::isNumber))).isPositive();
    assertThat(Integer.parseInt(browser.textOf(JOINED, AdminConsoleIT::isNumber))).isPositive();
    assertThat(Double.parseDouble(browser.textOf(MESSAGES_PER_SECOND, t -> t.matches("\\d+\\.\\d\\d"))))
        .isPositive();
    assertThat(browser.textOf(QUEUE_DEPTH, AdminConsoleIT::isNumber)).isNotEmpty();
    List<JsonValue> perDay = admin.get("/api/reports/usage?days=30").json()
        .getJsonArray("messagesPerDay");
    List<WebElement> bars = browser.until(ExpectedConditions.numberOfElementsToBe(CHART_BARS,
        perDay.size()));
    assertThat(bars).extracting(bar -> bar.getDomAttribute("data-day"))
        .containsExactlyElementsOf(perDay.stream()
            .map(day -> day.asJsonObject().getString("day")).toList());
    assertThat(Integer.parseInt(bars.get(bars.size() - 1).getDomAttribute("data-count")))
        .isGreaterThanOrEqualTo(2);
    String firstUpdate = browser.textOf(FIGURES_UPDATED, t -> t.startsWith("Updated"));
    browser.textOf(FIGURES_UPDATED, t -> t.startsWith("Updated") && !t.equals(firstUpdate));
    browser.screenshot("admin-dashboard.png");
    assertThat(browser.consoleLog()).as("the page's console").noneMatch(l -> l.contains("SEVERE"));
  }

  @Test
  void givenTheForms_whenAnAdministratorCreatesACategoryAndARoom_thenTheApiListsBothAndAChatClientFindsTheRoom()
      throws Exception {
    String categoryName = "Console category " + tag;
    String roomName = "Console room " + tag;
    String bobAddress = "console-bob-" + tag + "@example.test";
    bob = XccosClient.connected(bobAddress);

    browser.open(NEW_CATEGORY);
    browser.type(control(CATEGORY_FORM, "name"), categoryName);
    browser.type(control(CATEGORY_FORM, "description"), "made in the console");
    browser.click(submit(CATEGORY_FORM));
    browser.textOf(PAGE_TITLE, categoryName::equals);
    browser.type(addBox("category-allowed-members"), "sip:" + bobAddress);
    browser.click(addButton("category-allowed-members"));
    browser.textOf(entries("category-allowed-members"), t -> t.startsWith("sip:" + bobAddress));
    browser.open(NEW_ROOM);
    browser.type(control(ROOM_FORM, "name"), roomName);
    new Select(browser.visible(control(ROOM_FORM, "category"))).selectByVisibleText(categoryName);
    new Select(browser.visible(control(ROOM_FORM, "privacy"))).selectByVisibleText("Open");
    browser.click(submit(ROOM_FORM));
    browser.textOf(PAGE_TITLE, roomName::equals);

    JsonObject category = admin.get("/api/categories").array().stream()
        .map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals(categoryName))
        .findFirst().orElseThrow();
    assertThat(category.getString("description")).isEqualTo("made in the console");
    List<JsonObject> rooms = admin.get("/api/rooms?name=" + encode(roomName)).array().stream()
        .map(JsonValue::asJsonObject).toList();
    assertThat(rooms).hasSize(1);
    assertThat(rooms.get(0).getInt("category")).isEqualTo(category.getInt("id"));
    assertThat(rooms.get(0).getString("privacy")).isEqualTo("Open");
    browser.open(ROOMS);
    browser.type(ROOM_SEARCH, tag);
    browser.textOf(ROOM_LINKS, roomName::equals);
    assertThat(bob.search(roomName)).contains(rooms.get(0).getString("uri"));
  }

  @Test
  void givenMoreCategoriesThanAPageHolds_whenSearched_thenTheyArePagedTenAtATime() throws Exception {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      names.add(String.format("Paged %s %02d", tag, i));
      CategoryAdminIT.createCategory(admin, names.get(i - 1));
    }

    browser.open(CATEGORIES);
    browser.type(CATEGORY_SEARCH, "paged " + tag);

    assertThat(browser.textOf(CATEGORY_PAGE_INFO, t -> t.endsWith("(12)"))).startsWith("Page 1 of 2");
    assertThat(linkTexts(CATEGORY_LINKS)).containsExactlyElementsOf(names.subList(0, 10));
    browser.click(CATEGORY_NEXT);
    assertThat(browser.textOf(CATEGORY_PAGE_INFO, t -> t.startsWith("Page 2"))).isEqualTo("Page 2 of 2 (12)");
    assertThat(linkTexts(CATEGORY_LINKS)).containsExactlyElementsOf(names.subList(10, 12));
    assertThat(browser.find(CATEGORY_NEXT).isEnabled()).isFalse();
    assertThat(browser.find(CATEGORY_PREVIOUS).isEnabled()).isTrue();
  }

  @Test
  void givenATooLongDescription_whenTheCategoryFormIsSent_thenTheServersMessageIsNextToTheFieldAndNothingIsCreated()
      throws Exception {
    String name = "Rejected category " + tag;
    String description = "x".repeat(257);
    List<JsonValue> expected = admin.post("/api/categories", Json.createObjectBuilder()
        .add("name", name).add("description", description).build()).json()
        .getJsonArray("errors");

    browser.open(NEW_CATEGORY);
    browser.type(control(CATEGORY_FORM, "name"), name);
    browser.type(control(CATEGORY_FORM, "description"), description);
    browser.click(submit(CATEGORY_FORM));

    String shown = browser.textOf(errorOf(CATEGORY_FORM, "description"), t -> !t.isEmpty());
    assertThat(expected).hasSize(1);
    assertThat(shown).isEqualTo(expected.get(0).asJsonObject().getString("message"));
    assertThat(browser.driver().findElements(anyFieldError(CATEGORY_FORM))).hasSize(1);
    assertThat(browser.visible(control(CATEGORY_FORM, "description")).getDomAttribute("aria-invalid"))
        .isEqualTo("true");
    assertThat(browser.consoleLog()).as("the server, not the browser, refused it")
        .anyMatch(l -> l.contains("status of 400"));
    assertThat(admin.get("/api/categories").array().stream()
        .map(c -> c.asJsonObject().getString("name"))).doesNotContain(name);
  }

  @Test
  void givenARoomFormWithoutNameOrCategoryAndABadAlias_whenSent_thenEachFieldShowsItsOwnMessage()
      throws Exception {
    int roomsBefore = admin.get("/api/rooms").array().size();

    browser.open(NEW_ROOM);
    browser.type(control(ROOM_FORM, "alias"), "not an alias!");
    browser.click(submit(ROOM_FORM));

    browser.textOf(errorOf(ROOM_FORM, "alias"), t -> !t.isEmpty());
    assertThat(browser.driver().findElements(anyFieldError(ROOM_FORM)))
        .extracting(e -> e.getDomAttribute("data-error-for"))
        .containsExactlyInAnyOrder("name", "category", "alias");
    assertThat(admin.get("/api/rooms").array()).hasSize(roomsBefore);
  }

  @Test
  void givenACategoryWithARoom_whenDeletedInTheConsole_thenTheConflictIsShownAndTheCategoryStays()
      throws Exception {
    String name = "Occupied " + tag;
    int category = CategoryAdminIT.createCategory(admin, name);
    assertThat(admin.post("/api/rooms", Json.createObjectBuilder().add("name", "Tenant " + tag)
        .add("category", category).build()).status()).isEqualTo(201);
    Reply refused = admin.delete("/api/categories/" + category);

    browser.open("/admin/#/categories/" + category);
    browser.click(DELETE_CATEGORY);
    assertThat(browser.textOf(CONFIRM_TEXT, t -> !t.isEmpty())).contains(name);
    browser.click(CONFIRM_OK);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(browser.textOf(formError(CATEGORY_FORM), t -> !t.isEmpty()))
        .contains(refused.json().getString("detail"));
    assertThat(admin.get("/api/categories/" + category).status()).isEqualTo(200);
  }

  @Test
  void givenARoomNamedWithMarkup_whenTheConsoleShowsIt_thenTheNameIsTextAndNothingRuns()
      throws Exception {
    int category = CategoryAdminIT.createCategory(admin, "Markup " + tag);
    String name = "<script>window.pwned='script'</script><img src=x onerror=\"window.pwned='img'\"> "
        + tag;
    Reply created = admin.post("/api/rooms", Json.createObjectBuilder().add("name", name)
        .add("alias", "markup-" + tag).add("category", category).build());
    assertThat(created.status()).as(created.body()).isEqualTo(201);

    browser.open(ROOMS);
    browser.type(ROOM_SEARCH, tag);
    browser.textOf(ROOM_LINKS, name::equals);
    browser.click(By.linkText(name));
    browser.textOf(PAGE_TITLE, name::equals);

    assertThat(browser.visible(control(ROOM_FORM, "name")).getDomProperty("value")).isEqualTo(name);
    assertThat(browser.script("return window.pwned === undefined")).isEqualTo(true);
    assertThat(browser.driver().findElements(By.cssSelector("#view script, #view img"))).isEmpty();
    assertThat(browser.consoleLog()).as("the page's console").noneMatch(l -> l.contains("SEVERE"));
  }

  @Test
  void givenARoom_whenDeleteIsClicked_thenTheConsoleAsksFirstAndOnlyAYesDeletes() throws Exception {
    int category = CategoryAdminIT.createCategory(admin, "Deleting " + tag);
    String name = "Doomed room " + tag;
    int room = admin.post("/api/rooms", Json.createObjectBuilder().add("name", name)
        .add("category", category).build()).json().getInt("id");

    browser.open("/admin/#/rooms/" + room);
    browser.click(DELETE_ROOM);
    assertThat(browser.textOf(CONFIRM_TEXT, t -> !t.isEmpty())).contains(name);
    browser.click(CONFIRM_CANCEL);
    browser.until(ExpectedConditions.invisibilityOfElementLocated(CONFIRM));
    assertThat(admin.get("/api/rooms/" + room).status()).isEqualTo(200);
    browser.click(DELETE_ROOM);
    browser.click(CONFIRM_OK);

    browser.until(ExpectedConditions.urlContains("#/rooms"));
    browser.until(d -> !d.getCurrentUrl().endsWith("/" + room));
    assertThat(admin.get("/api/rooms/" + room).status()).isEqualTo(404);
  }

  @Test
  void givenAProvisionedUser_whenTheAdministratorAddsThemToTheCategoryAndTheRoom_thenTheApiHasTheRoles()
      throws Exception {
    String user = PrincipalAdminIT.provision(admin);
    int category = CategoryAdminIT.createCategory(admin, "Roles " + tag);
    String name = "Team room " + tag;
    int room = admin.post("/api/rooms", Json.createObjectBuilder().add("name", name)
        .add("category", category).add("description", "where the team meets").build())
        .json().getInt("id");

    browser.open("/admin/#/categories/" + category);
    browser.type(addBox("category-allowed-members"), user);
    browser.click(addButton("category-allowed-members"));
    browser.textOf(entries("category-allowed-members"), t -> t.startsWith(user));
    browser.open("/admin/#/rooms/" + room);
    browser.type(addBox("room-members"), user);
    browser.click(addButton("room-members"));
    browser.textOf(entries("room-members"), t -> t.startsWith(user));
    browser.type(addBox("room-managers"), user);
    browser.click(addButton("room-managers"));
    browser.textOf(entries("room-managers"), t -> t.startsWith(user));
    browser.script("window.scrollTo(0, 0)");
    browser.screenshot("admin-room-members.png");

    JsonObject granted = admin.get("/api/rooms/" + room).json();
    assertThat(granted.getJsonArray("members").getValuesAs(JsonString::getString)).containsExactly(user);
    assertThat(granted.getJsonArray("managers").getValuesAs(JsonString::getString)).containsExactly(user);
    assertThat(admin.get("/api/categories/" + category).json().getJsonArray("allowedMembers")
        .getValuesAs(JsonString::getString)).containsExactly(user);

    browser.click(removeButton("room-managers", user));
    browser.click(CONFIRM_OK);
    browser.until(ExpectedConditions.numberOfElementsToBe(entries("room-managers"), 0));
    assertThat(admin.get("/api/rooms/" + room).json().getJsonArray("managers")).isEmpty();
  }

  @Test
  void givenMessagesInARoom_whenTheAdministratorReplacesThoseWithAKeyword_thenOnlyTheyAreReplaced()
      throws Exception {
    int room = openRoomWithAlice("Moderated");
    String roomUri = admin.get("/api/rooms/" + room).json().getString("uri");
    alice.post(roomUri, "buy stock now");
    alice.post(roomUri, "hello world");

    browser.open("/admin/#/rooms/" + room);
    browser.type(control(MODERATION_FORM, "keywords"), "stock");
    browser.click(submit(MODERATION_FORM));
    assertThat(browser.textOf(CONFIRM_TEXT, t -> !t.isEmpty())).contains("Replace");
    browser.click(CONFIRM_OK);

    assertThat(browser.textOf(MODERATION_RESULT, t -> !t.isEmpty())).startsWith("1 message(s) replaced");
    String history = alice.history(roomUri, 10);
    assertThat(history).doesNotContain("buy stock now").contains("hello world")
        .contains(LYNC_REPLACEMENT);
  }

  @Test
  void givenMessagesInARoom_whenTheAdministratorClearsItUpToTomorrow_thenItsHistoryIsEmpty()
      throws Exception {
    int room = openRoomWithAlice("Cleared");
    String roomUri = admin.get("/api/rooms/" + room).json().getString("uri");
    alice.post(roomUri, "first");
    alice.post(roomUri, "second");
    String tomorrow = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();

    browser.open("/admin/#/rooms/" + room);
    browser.type(control(CLEAR_FORM, "upTo"), tomorrow);
    browser.click(submit(CLEAR_FORM));
    assertThat(browser.textOf(CONFIRM_TEXT, t -> !t.isEmpty())).contains(tomorrow);
    browser.click(CONFIRM_OK);

    assertThat(browser.textOf(CLEAR_RESULT, t -> !t.isEmpty())).isEqualTo("2 message(s) removed.");
    assertThat(alice.history(roomUri, 10)).doesNotContain("first").doesNotContain("second");
  }

  @Test
  void givenAnAddinMadeInSettings_whenARoomIsEditedToUseItAndDisabled_thenTheApiShowsBoth()
      throws Exception {
    String addin = "board-" + tag;
    int category = CategoryAdminIT.createCategory(admin, "Edited " + tag);
    int room = admin.post("/api/rooms", Json.createObjectBuilder().add("name", "Plain room " + tag)
        .add("category", category).build()).json().getInt("id");
    String renamed = "Renamed room " + tag;

    browser.open(ADDINS);
    browser.type(control(SETTINGS_FORM, "name"), addin);
    browser.type(control(SETTINGS_FORM, "url"), "https://board.example.com/" + tag);
    browser.click(submit(SETTINGS_FORM));
    browser.textOf(SETTINGS_LIST, addin::equals);
    browser.open("/admin/#/rooms/" + room);
    browser.type(control(ROOM_FORM, "name"), renamed);
    new Select(browser.visible(control(ROOM_FORM, "addin"))).selectByVisibleText(addin);
    browser.click(control(ROOM_FORM, "disabled"));
    browser.click(submit(ROOM_FORM));

    browser.textOf(BANNER, t -> t.contains(renamed));
    assertThat(browser.find(PAGE_TITLE).getText()).isEqualTo(renamed);
    JsonObject saved = admin.get("/api/rooms/" + room).json();
    assertThat(saved.getString("name")).isEqualTo(renamed);
    assertThat(saved.getString("addin")).isEqualTo(addin);
    assertThat(saved.getBoolean("disabled")).isTrue();
  }

  @Test
  void givenAnAdministrator_whenAnExportRuns_thenItsProgressShowsAndEndsWithADownloadLink()
      throws Exception {
    browser.open(TRANSFER);
    browser.click(submit(EXPORT_FORM));

    browser.find(EXPORT_BAR);
    WebElement link = browser.visible(EXPORT_DOWNLOAD);
    assertThat(browser.textOf(EXPORT_STATUS, t -> !t.isEmpty())).isEqualTo("Done 100 %");
    assertThat(browser.find(EXPORT_BAR).getDomProperty("value")).isEqualTo("100");
    browser.screenshot("admin-export.png");
    URI href = URI.create(link.getDomProperty("href"));
    AdminClient.Download archive = admin.download(href.getRawPath());
    assertThat(archive.status()).isEqualTo(200);
    assertThat(archive.contentType()).startsWith("application/zip");
    assertThat(new String(archive.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
  }

  @Test
  void givenAnExportArchive_whenImportedThroughTheConsole_thenTheSummaryShowsWhatItCarried()
      throws Exception {
    String category = "Carried " + tag;
    CategoryAdminIT.createCategory(admin, category);
    Path archive = exportToFile(category);

    browser.open(TRANSFER);
    browser.find(IMPORT_FILE).sendKeys(archive.toString());
    browser.click(submit(IMPORT_FORM));

    assertThat(browser.textOf(IMPORT_SUMMARY, t -> !t.isEmpty())).startsWith("Imported:")
        .containsPattern("\\d+ categories");
  }

  @Test
  void givenACorruptArchive_whenImportedThroughTheConsole_thenTheProblemIsNextToTheFileAndNothingChanges()
      throws Exception {
    Path corrupt = Files.createTempFile(TestServer.workDir(), "corrupt", ".zip");
    Files.write(corrupt, "PK this is not a zip archive".getBytes(StandardCharsets.US_ASCII));
    int categoriesBefore = admin.get("/api/categories").array().size();

    browser.open(TRANSFER);
    browser.find(IMPORT_FILE).sendKeys(corrupt.toString());
    browser.click(submit(IMPORT_FORM));

    assertThat(browser.textOf(errorOf(IMPORT_FORM, "archive"), t -> !t.isEmpty())).isNotBlank();
    assertThat(admin.get("/api/categories").array()).hasSize(categoriesBefore);
  }

  @Test
  void givenAnOutOfRangeSetting_whenTheConfigurationFormIsSent_thenTheServersMessageIsNextToItAndNothingChanges()
      throws Exception {
    JsonObject before = admin.get("/api/configuration/global").json();
    List<JsonValue> expected = admin.put("/api/configuration/global",
        Json.createObjectBuilder().add("defaultChatHistory", 501).build()).json()
        .getJsonArray("errors");

    browser.open(CONFIGURATION);
    browser.type(control(SETTINGS_FORM, "scope"), "global");
    browser.type(control(SETTINGS_FORM, "defaultChatHistory"), "501");
    browser.click(submit(SETTINGS_FORM));

    String shown = browser.textOf(errorOf(SETTINGS_FORM, "defaultChatHistory"), t -> !t.isEmpty());
    assertThat(expected).hasSize(1);
    assertThat(shown).isEqualTo(expected.get(0).asJsonObject().getString("message"));
    assertThat(admin.get("/api/configuration/global").json()).isEqualTo(before);
  }

  @Test
  void givenANewUser_whenProvisionedThroughTheConsole_thenTheApiKnowsThem() throws Exception {
    String uri = "sip:console-" + tag + "@example.com";

    browser.open(PRINCIPALS);
    browser.type(control(SETTINGS_FORM, "uri"), uri);
    browser.type(control(SETTINGS_FORM, "displayName"), "Console User");
    browser.click(submit(SETTINGS_FORM));

    assertThat(browser.textOf(BANNER, t -> !t.isEmpty())).contains(uri);
    Reply principal = admin.get("/api/principals/" + AdminClient.address(uri));
    assertThat(principal.status()).isEqualTo(200);
    assertThat(principal.json().getString("displayName")).isEqualTo("Console User");
  }

  @Test
  void givenAUserWithoutTheAdminRole_whenOpeningTheConsole_thenTheServerRefusesWith403() throws Exception {
    Reply page = AdminClient.tester().get("/admin/");
    Reply script = AdminClient.tester().get("/admin/js/api.js");
    Reply anonymous = AdminClient.anonymous().get("/admin/");

    assertThat(page.status()).isEqualTo(403);
    assertThat(script.status()).isEqualTo(403);
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.challenge()).startsWith("Basic");
    try (Browser tester = Browser.signedIn(AdminClient.TESTER, AdminClient.testerPassword())) {
      tester.open("/admin/");
      assertThat(tester.textOf(By.tagName("body"), t -> !t.isEmpty())).contains("403");
      assertThat(tester.driver().findElements(NAV)).isEmpty();
    }
  }

  /** An Open room in a new category whose scope admits alice, who signs in and joins it. */
  private int openRoomWithAlice(String prefix) throws Exception {
    String address = prefix.toLowerCase() + "-alice-" + tag + "@example.test";
    alice = XccosClient.connected(address);
    int category = CategoryAdminIT.createCategory(admin, prefix + " " + tag);
    assertThat(admin.put("/api/categories/" + category + "/allowed-members/" + address, null)
        .status()).isEqualTo(200);
    Reply room = admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", prefix + " room " + tag).add("privacy", "Open").add("category", category)
        .build());
    assertThat(room.status()).as(room.body()).isEqualTo(201);
    assertThat(alice.join(room.json().getString("uri"))).contains("<resp code=\"200\"");
    return room.json().getInt("id");
  }

  /** Exports one category over the API and keeps the archive as a file the browser can upload. */
  private Path exportToFile(String category) throws Exception {
    String location = admin.post("/api/exports", Json.createObjectBuilder()
        .add("level", "Category").add("scope", category).build()).location();
    String job = URI.create(location).getRawPath();
    browser.until(d -> {
      try {
        return admin.get(job).json().getString("status").equals("Running") ? null : true;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    AdminClient.Download archive = admin.download(job + "/file");
    assertThat(archive.status()).isEqualTo(200);
    Path file = Files.createTempFile(TestServer.workDir(), "export", ".zip");
    Files.write(file, archive.body());
    return file;
  }

  private List<String> linkTexts(By links) {
    return browser.driver().findElements(links).stream().map(WebElement::getText).toList();
  }

  private static boolean isNumber(String text) {
    return text.matches("\\d+");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
