package org.persistentchat.rm;

/**
 * A category the caller may create rooms in. Only what the creator needs to choose one: its
 * scope and creator lists are the administrator's business.
 */
public record CreatorCategory(int id, String uri, String name, String description,
    boolean invitations) {}
