package org.persistentchat.admin.moderation;

/** How many messages a moderation removed or replaced. */
public record ModerationResult(int affected) {}
