package org.persistentchat.admin.room;

import java.util.List;

/**
 * A room as the API shows it; {@code uri} is what XCCOS clients join, {@code sipUri} what plain
 * SIP clients send MESSAGE to ({@code sip:<alias>@<chat domain>}), {@code alias} its user part.
 */
public record RoomView(
    int id,
    String uri,
    String alias,
    String sipUri,
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
