package org.persistentchat.admin.category;

import java.util.List;

/** A category as the API shows it; principals by URI. */
public record CategoryView(
    int id,
    String uri,
    String name,
    String description,
    boolean invitations,
    boolean fileUpload,
    boolean chatHistory,
    List<String> allowedMembers,
    List<String> deniedMembers,
    List<String> creators) {}
