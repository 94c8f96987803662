package org.persistentchat.xccos.model;

/** What the server puts inside its {@code <xccos>} envelope: one kind per envelope. */
public sealed interface ServerPayload permits Reply, Notice, ChatMessage {}
