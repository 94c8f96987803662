package org.persistentchat.it.rm;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.persistentchat.it.support.AdminClient;
import org.persistentchat.it.support.AdminClient.Reply;

/**
 * What the administrator prepares for the end users: the two test logins provisioned as the
 * principals their logins stand for, and a category that admits both with the first as Creator.
 */
final class RoomManagementFixture {

  final AdminClient admin = AdminClient.admin();
  final AdminClient creator = AdminClient.tester();
  final AdminClient other = AdminClient.secondTester();
  /** SIP URIs, as the server maps the logins (read from /api/me, not assumed). */
  final String creatorUri;
  final String otherUri;

  RoomManagementFixture() throws Exception {
    creatorUri = provisioned(creator);
    otherUri = provisioned(other);
  }

  /** A new category admitting both users, with the creator as its only Creator. */
  int category(String name) throws Exception {
    Reply reply = admin.post("/api/categories", Json.createObjectBuilder().add("name", name)
        .build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    int id = reply.json().getInt("id");
    expect(200, admin.put("/api/categories/" + id + "/allowed-members/"
        + AdminClient.address(creatorUri), null));
    expect(200, admin.put("/api/categories/" + id + "/allowed-members/"
        + AdminClient.address(otherUri), null));
    expect(200, admin.put("/api/categories/" + id + "/creators/"
        + AdminClient.address(creatorUri), null));
    return id;
  }

  /** A room the creator creates through /api/me; he manages it. */
  JsonObject roomOfCreator(int category, String name) throws Exception {
    Reply reply = creator.post("/api/me/rooms", Json.createObjectBuilder().add("name", name)
        .add("category", category).build());
    assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    return reply.json();
  }

  static Reply expect(int status, Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    return reply;
  }

  /** The user's SIP URI, provisioned unless an earlier test of the run did it. */
  private String provisioned(AdminClient user) throws Exception {
    JsonObject me = expect(200, user.get("/api/me")).json();
    String uri = me.getString("uri");
    if (!me.getBoolean("provisioned")) {
      Reply added = admin.post("/api/principals", Json.createObjectBuilder().add("uri", uri)
          .build());
      assertThat(added.status()).as(added.body()).isIn(201, 409);
    }
    return uri;
  }
}
