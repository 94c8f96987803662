package org.persistentchat.admin.room;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.QueryParam;

/**
 * GET /api/rooms filters, as Get-CsPersistentChatRoom's: {@code name} (-Filter, {@code *}
 * wildcards; with {@code searchDescription=true} the description may match instead),
 * {@code category} (id), {@code addin} (name), {@code manager} and {@code member} (SIP address,
 * with or without "sip:"), {@code privacy}, {@code type}, {@code invitations}, {@code disabled},
 * and {@code resultSize} (at most that many rooms). Every filter given must match.
 */
public class RoomQuery {

  @QueryParam("name")
  String name;

  @QueryParam("searchDescription")
  Boolean searchDescription;

  @QueryParam("category")
  @Positive
  Integer category;

  @QueryParam("addin")
  String addin;

  @QueryParam("manager")
  String manager;

  @QueryParam("member")
  String member;

  @QueryParam("privacy")
  @Pattern(regexp = "(?i)open|closed|secret", message = "must be Open, Closed or Secret")
  String privacy;

  @QueryParam("type")
  @Pattern(regexp = "(?i)normal|auditorium", message = "must be Normal or Auditorium")
  String type;

  @QueryParam("invitations")
  @Pattern(regexp = "(?i)inherit|false", message = "must be Inherit or False")
  String invitations;

  @QueryParam("disabled")
  Boolean disabled;

  @QueryParam("resultSize")
  @Positive
  @Max(100_000)
  Integer resultSize;
}
