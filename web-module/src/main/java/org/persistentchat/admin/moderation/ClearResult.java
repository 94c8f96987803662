package org.persistentchat.admin.moderation;

/** How many messages a clear removed. */
public record ClearResult(int removed) {}
