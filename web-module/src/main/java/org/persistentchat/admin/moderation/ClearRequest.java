package org.persistentchat.admin.moderation;

import jakarta.validation.constraints.NotBlank;

/** POST /api/rooms/{id}/clear: Clear-CsPersistentChatRoom -EndDate, as an ISO-8601 instant. */
public record ClearRequest(@NotBlank String upTo) {}
