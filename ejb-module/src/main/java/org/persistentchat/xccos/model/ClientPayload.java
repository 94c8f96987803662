package org.persistentchat.xccos.model;

/** What a client puts inside its {@code <xccos>} envelope: a command or a chat post. */
public sealed interface ClientPayload permits Command, ChatMessage {}
