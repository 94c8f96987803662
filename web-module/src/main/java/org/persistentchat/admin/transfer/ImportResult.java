package org.persistentchat.admin.transfer;

/**
 * What an import created or changed: in merge mode, new items (and for messages, ones the room
 * did not already hold); in overwrite mode, also the existing items it rewrote.
 */
public record ImportResult(int categories, int rooms, int principals, int addins,
    int messages) {}
