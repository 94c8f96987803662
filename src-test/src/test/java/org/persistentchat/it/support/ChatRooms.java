package org.persistentchat.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;

/**
 * What the chat tests need an administrator for, over /api: a category whose scope admits the
 * test's users, rooms in it, roles, disabling and deleting. Each call fails the test with the API's answer
 * when the API refuses. Users must have signed in once (or been provisioned) before they can be
 * put in scope or given a role.
 */
public final class ChatRooms {

  private final AdminClient admin;
  private final String tag;

  /** @param tag makes every name this fixture creates unique (the databases outlive runs) */
  public ChatRooms(String tag) {
    this(AdminClient.admin(), tag);
  }

  /** The same, through another server's administrator. */
  public ChatRooms(AdminClient admin, String tag) {
    this.admin = admin;
    this.tag = tag;
  }

  /** Adds a user ({@code user@domain}) who has not signed in yet, as directory sync would. */
  public void provision(String user) throws IOException, InterruptedException {
    expect(201, admin.post("/api/principals", Json.createObjectBuilder()
        .add("uri", "sip:" + user).build()));
  }

  /** A category with chat history on and these users ({@code user@domain}) in its scope. */
  public int category(String... users) throws IOException, InterruptedException {
    AdminClient.Reply category = expect(201, admin.post("/api/categories", Json.createObjectBuilder()
        .add("name", "it-category-" + tag).add("chatHistory", true).build()));
    int id = category.json().getInt("id");
    for (String user : users) {
      expect(200, admin.put("/api/categories/" + id + "/allowed-members/" + user, null));
    }
    return id;
  }

  /**
   * A room in the category.
   *
   * @param privacy Open, Closed or Secret
   * @param type Normal or Auditorium
   */
  public Room room(int category, String name, String privacy, String type)
      throws IOException, InterruptedException {
    JsonObject room = expect(201, admin.post("/api/rooms", Json.createObjectBuilder()
        .add("name", name + "-" + tag).add("privacy", privacy).add("type", type)
        .add("category", category).build())).json();
    return new Room(room.getInt("id"), room.getString("uri"), room.getString("name"));
  }

  /** An Open, Normal room in a new category that admits these users. */
  public Room openRoom(String name, String... users) throws IOException, InterruptedException {
    return room(category(users), name, "Open", "Normal");
  }

  /** @param role members, managers or presenters */
  public void grant(Room room, String role, String user) throws IOException, InterruptedException {
    expect(200, admin.put("/api/rooms/" + room.id() + "/" + role + "/" + user, null));
  }

  public void disable(Room room) throws IOException, InterruptedException {
    expect(200, admin.put("/api/rooms/" + room.id(), Json.createObjectBuilder()
        .add("name", room.name()).add("disabled", true).build()));
  }

  /** Deletes the room with its roles and history, as Remove-CsPersistentChatRoom does. */
  public void delete(Room room) throws IOException, InterruptedException {
    expect(204, admin.delete("/api/rooms/" + room.id()));
  }

  private static AdminClient.Reply expect(int status, AdminClient.Reply reply) {
    if (reply.status() != status) {
      throw new IllegalStateException("expected " + status + " from the admin API, got "
          + reply.status() + ": " + reply.body());
    }
    return reply;
  }

  /** A room as the API created it: its id for /api, its URI for SIP clients. */
  public record Room(int id, String uri, String name) {}
}
