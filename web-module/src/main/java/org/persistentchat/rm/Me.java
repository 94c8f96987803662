package org.persistentchat.rm;

/**
 * Who the caller is to the room-management API: the login, the SIP address it stands for
 * (ADR 16), and whether that address is a provisioned, active user (nothing else works if not).
 */
public record Me(String login, String uri, boolean provisioned) {}
