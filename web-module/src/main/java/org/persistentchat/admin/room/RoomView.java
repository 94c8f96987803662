package org.persistentchat.admin.room;

import java.util.List;

/** A room as the API shows it; {@code uri} is what SIP clients join. */
public record RoomView(
    int id,
    String uri,
    String name,
    String description,
    int category,
    String privacy,
    String type,
    String invitations,
    boolean disabled,
    String addin,
    List<String> members,
    List<String> managers,
    List<String> presenters) {}
