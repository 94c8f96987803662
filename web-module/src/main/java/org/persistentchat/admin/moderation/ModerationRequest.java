package org.persistentchat.admin.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * POST /api/rooms/{id}/moderation, with Remove-CsPersistentChatMessage's parameters: {@code user}
 * (-UserUri), {@code keywords} (-Filter), {@code match} (-MatchClause, default All),
 * {@code matchCase} (-CaseSensitive), {@code from}/{@code to} (-StartDate/-EndDate, ISO-8601
 * instants; from inclusive, to exclusive), {@code action} (Remove or Replace) and
 * {@code replacementText} (-ReplaceMessage, Lync's text by default).
 */
public record ModerationRequest(
    @Size(max = 256) String user,
    @Size(max = 50) List<@NotNull @Size(min = 1, max = 256) String> keywords,
    @Pattern(regexp = "(?i)all|or|exact", message = "must be All, Or or Exact") String match,
    Boolean matchCase,
    String from,
    String to,
    @NotNull @Pattern(regexp = "(?i)remove|replace", message = "must be Remove or Replace")
    String action,
    @Size(min = 1, max = 4096) String replacementText) {

  /** Lync's default -ReplaceMessage text. */
  public static final String DEFAULT_REPLACEMENT =
      "This message was replaced by the Persistent Chat administrator.";

  boolean replaces() {
    return action.strip().equalsIgnoreCase("replace");
  }

  String replacement() {
    return replacementText == null ? DEFAULT_REPLACEMENT : replacementText;
  }
}
