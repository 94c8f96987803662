package org.persistentchat.admin.transfer;

import jakarta.json.JsonValue;
import jakarta.validation.constraints.Pattern;

/**
 * POST /api/exports, with Export-CsPersistentChatData's parameters: {@code level} (All by
 * default), {@code scope} (category names, as an array or one comma-separated string; all
 * categories when left out) and {@code startDate} (messages from then on; ISO-8601 instant or
 * date).
 */
public record ExportRequest(
    @Pattern(regexp = "(?i)all|user|category|roomdirectory|content",
        message = "must be All, User, Category, RoomDirectory or Content") String level,
    JsonValue scope,
    String startDate) {}
