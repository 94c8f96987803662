package org.persistentchat.admin.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * POST and PUT /api/categories: name and description, and the three switches. On PUT a switch
 * left out keeps its value, as Set-CsPersistentChatCategory leaves unnamed parameters alone; on
 * POST it takes Lync's default (history on, file upload and invitations off).
 */
public record CategoryRequest(
    @NotBlank @Size(max = 256) String name,
    @Size(max = 256) String description,
    Boolean invitations,
    Boolean fileUpload,
    Boolean chatHistory) {}
