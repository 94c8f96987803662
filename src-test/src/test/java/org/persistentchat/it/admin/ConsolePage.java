package org.persistentchat.it.admin;

import org.openqa.selenium.By;

/** Where things are on the console's pages (ids and names from web-module's admin/ pages). */
final class ConsolePage {

  /** The console's address as people type it: the dashboard is its first page. */
  static final String CONSOLE = "/admin";
  static final String CATEGORIES = "/admin/#/categories";
  static final String NEW_CATEGORY = "/admin/#/categories/new";
  static final String ROOMS = "/admin/#/rooms";
  static final String NEW_ROOM = "/admin/#/rooms/new";
  static final String TRANSFER = "/admin/#/transfer";
  static final String PRINCIPALS = "/admin/#/settings/principals";
  static final String CONFIGURATION = "/admin/#/settings/configuration";
  static final String ADDINS = "/admin/#/settings/addins";
  static final By SETTINGS_LIST = By.cssSelector("#settings-list tbody td:first-child");

  static final By NAV = By.id("nav");
  static final By PAGE_TITLE = By.cssSelector("#view h1");

  static final By SESSIONS = By.id("figure-connectedSessions");
  static final By JOINED = By.id("figure-joinedParticipants");
  static final By MESSAGES_PER_SECOND = By.id("figure-messagesPerSecond");
  static final By QUEUE_DEPTH = By.id("figure-complianceQueueDepth");
  static final By FIGURES_UPDATED = By.id("figures-updated");
  static final By CHART_BARS = By.cssSelector("#usage-chart rect.bar");

  static final String CATEGORY_FORM = "category-form";
  static final By CATEGORY_SEARCH = By.id("categories-search");
  static final By CATEGORY_LINKS = By.cssSelector("#categories tbody a");
  static final By CATEGORY_PAGE_INFO = By.id("categories-page-info");
  static final By CATEGORY_NEXT = By.id("categories-next");
  static final By CATEGORY_PREVIOUS = By.id("categories-previous");
  static final String ROOM_FORM = "room-form";
  static final By ROOM_SEARCH = By.id("rooms-search");
  static final By ROOM_LINKS = By.cssSelector("#rooms tbody a");
  static final By DELETE_ROOM = By.id("delete-room");
  static final By DELETE_CATEGORY = By.id("delete-category");

  static final By CONFIRM = By.id("confirm");
  static final By CONFIRM_TEXT = By.id("confirm-text");
  static final By CONFIRM_OK = By.id("confirm-ok");
  static final By CONFIRM_CANCEL = By.id("confirm-cancel");

  static final String MODERATION_FORM = "moderation-form";
  static final By MODERATION_RESULT = By.id("moderation-result");
  static final String CLEAR_FORM = "clear-form";
  static final By CLEAR_RESULT = By.id("clear-result");

  static final String EXPORT_FORM = "export-form";
  static final By EXPORT_BAR = By.id("export-bar");
  static final By EXPORT_STATUS = By.id("export-status");
  static final By EXPORT_DOWNLOAD = By.id("export-download");
  static final String IMPORT_FORM = "import-form";
  static final By IMPORT_FILE = By.id("import-file");
  static final By IMPORT_SUMMARY = By.id("import-summary");

  static final String SETTINGS_FORM = "settings-form";
  static final By BANNER = By.id("banner");

  private ConsolePage() {}

  /** A control of a form by the API field it edits. */
  static By control(String form, String field) {
    return By.cssSelector("#" + form + " [name='" + field + "']");
  }

  static By submit(String form) {
    return By.cssSelector("#" + form + " button[type=submit]");
  }

  /** The message the console put next to a field. */
  static By errorOf(String form, String field) {
    return By.cssSelector("#" + form + " [data-field='" + field + "'] .field-error");
  }

  /** The message on top of a form, for problems that name no field of it. */
  static By formError(String form) {
    return By.cssSelector("#" + form + " .form-error");
  }

  static By anyFieldError(String form) {
    return By.cssSelector("#" + form + " .field-error");
  }

  /** The entries of a principal list, e.g. {@code room-members}, {@code category-allowed-members}. */
  static By entries(String list) {
    return By.cssSelector("#" + list + " li[data-principal]");
  }

  static By addBox(String list) {
    return By.id(list + "-add");
  }

  static By addButton(String list) {
    return By.id(list + "-add-button");
  }

  static By removeButton(String list, String principal) {
    return By.cssSelector("#" + list + " li[data-principal='" + principal + "'] button");
  }
}
